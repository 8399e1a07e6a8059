//! The ids people and rows are known by, each its own type: a function that takes a user, a
//! facility and an application cannot be called with two of them swapped, and a column that
//! holds one is read as that type. In JSON and forms they are plain numbers.

use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        /// A number from a route or a form, taken as this kind of id.
        impl From<i64> for $name {
            fn from(id: i64) -> Self {
                Self(id)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map(Self)
            }
        }
    };
}

id_type!(
    /// A person's account (`users.id`), also where it acts as assessor, author or actor.
    UserId
);
id_type!(
    /// A registered facility (`facilities.id`).
    FacilityId
);
id_type!(
    /// One application cycle of a facility (`applications.id`).
    ApplicationId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_numbers_in_json_and_text() {
        assert_eq!(serde_json::to_string(&FacilityId(42)).unwrap(), "42");
        assert_eq!(serde_json::from_str::<UserId>("7").unwrap(), UserId(7));
        assert_eq!("12".parse::<ApplicationId>(), Ok(ApplicationId(12)));
        assert!("twelve".parse::<ApplicationId>().is_err());
        assert_eq!(ApplicationId(12).to_string(), "12");
    }
}
