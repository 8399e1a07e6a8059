use sea_orm::entity::prelude::*;

/// An issued invoice or credit note. Never updated after issue except for voiding.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invoices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `billing::invoice_number(year, sequence)`.
    #[sea_orm(unique)]
    pub number: String,
    pub year: i32,
    pub sequence: i64,
    pub facility_id: crate::domain::ids::FacilityId,
    /// `billing::InvoiceKind::as_str`.
    pub kind: String,
    pub period_key: String,
    pub credits_invoice_id: Option<i64>,
    pub currency: String,
    /// JSON list of `billing::InvoiceLine`.
    pub lines: String,
    pub net_minor: i64,
    pub vat_basis_points: i64,
    pub vat_minor: i64,
    pub total_minor: i64,
    pub issued_on: Date,
    pub due_on: Date,
    /// The facility's language when issued (mails, PDF).
    pub language: String,
    /// JSON snapshot of the recipient (facility name, institution, department, address, country).
    pub recipient: String,
    /// JSON snapshot of `billing::Issuer`.
    pub issuer: String,
    pub payment_reference: String,
    pub issued_at: DateTimeUtc,
    pub voided_at: Option<DateTimeUtc>,
    pub void_reason: Option<String>,
    pub voided_by: Option<crate::domain::ids::UserId>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
