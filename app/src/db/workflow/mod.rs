//! Workflows: the programme's steps, each composing stores in one transaction together with
//! the mail it sends. A workflow may call a later step (paying a re-certification invoice
//! opens the cycle) but never round a cycle.

pub mod assessment;
pub mod billing;
pub mod facilities;
pub mod reapplication;
pub mod recertification;
pub mod recertification_cycle;
pub mod registrations;
pub mod seed;
pub mod sign_in;
pub mod submissions;
pub mod workshops;
