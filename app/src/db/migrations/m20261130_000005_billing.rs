//! Invoices with gap-free yearly numbering, payments, reminders and payment-provider events.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, big_pk_auto, date, integer, string, string_len, string_len_null,
    string_null, text, timestamp_with_time_zone, timestamp_with_time_zone_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Facilities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum InvoiceCounters {
    Table,
    Year,
    LastNumber,
}

#[derive(DeriveIden)]
enum Invoices {
    Table,
    Id,
    Number,
    Year,
    Sequence,
    FacilityId,
    Kind,
    PeriodKey,
    CreditsInvoiceId,
    Currency,
    Lines,
    NetMinor,
    VatBasisPoints,
    VatMinor,
    TotalMinor,
    IssuedOn,
    DueOn,
    Language,
    Recipient,
    Issuer,
    PaymentReference,
    IssuedAt,
    VoidedAt,
    VoidReason,
    VoidedBy,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    InvoiceId,
    AmountMinor,
    PaidOn,
    Reference,
    Source,
    ProviderEventId,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum InvoiceReminders {
    Table,
    InvoiceId,
    Stage,
    SentAt,
}

#[derive(DeriveIden)]
enum PaymentEvents {
    Table,
    EventId,
    ReceivedAt,
    Outcome,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(InvoiceCounters::Table)
                    .if_not_exists()
                    .col(integer(InvoiceCounters::Year).primary_key())
                    .col(big_integer(InvoiceCounters::LastNumber))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invoices::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Invoices::Id))
                    .col(string_len(Invoices::Number, 24))
                    .col(integer(Invoices::Year))
                    .col(big_integer(Invoices::Sequence))
                    .col(big_integer(Invoices::FacilityId))
                    .col(string_len(Invoices::Kind, 24))
                    // what the invoice is for (`enrolment`, `annual:3`, `credit:17`): one invoice
                    // per facility and period, so a job run twice issues nothing twice
                    .col(string_len(Invoices::PeriodKey, 48))
                    .col(big_integer_null(Invoices::CreditsInvoiceId))
                    .col(string_len(Invoices::Currency, 3))
                    .col(text(Invoices::Lines))
                    .col(big_integer(Invoices::NetMinor))
                    .col(big_integer(Invoices::VatBasisPoints))
                    .col(big_integer(Invoices::VatMinor))
                    .col(big_integer(Invoices::TotalMinor))
                    .col(date(Invoices::IssuedOn))
                    .col(date(Invoices::DueOn))
                    .col(string_len(Invoices::Language, 16))
                    .col(text(Invoices::Recipient))
                    .col(text(Invoices::Issuer))
                    .col(string(Invoices::PaymentReference))
                    .col(timestamp_with_time_zone(Invoices::IssuedAt))
                    .col(timestamp_with_time_zone_null(Invoices::VoidedAt))
                    .col(string_null(Invoices::VoidReason))
                    .col(big_integer_null(Invoices::VoidedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_invoices_facility")
                            .from(Invoices::Table, Invoices::FacilityId)
                            .to(Facilities::Table, Facilities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("idx_invoices_number", vec![Invoices::Number]),
            ("idx_invoices_year_sequence", vec![Invoices::Year, Invoices::Sequence]),
            ("idx_invoices_facility_period", vec![Invoices::FacilityId, Invoices::PeriodKey]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Invoices::Table).unique().if_not_exists();
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Payments::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Payments::Id))
                    .col(big_integer(Payments::InvoiceId))
                    .col(big_integer(Payments::AmountMinor))
                    .col(date(Payments::PaidOn))
                    .col(string(Payments::Reference))
                    // admin | provider
                    .col(string_len(Payments::Source, 16))
                    .col(string_len_null(Payments::ProviderEventId, 128))
                    .col(big_integer_null(Payments::RecordedBy))
                    .col(timestamp_with_time_zone(Payments::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_payments_invoice")
                            .from(Payments::Table, Payments::InvoiceId)
                            .to(Invoices::Table, Invoices::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_invoice")
                    .table(Payments::Table)
                    .col(Payments::InvoiceId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_payments_provider_event")
                    .table(Payments::Table)
                    .col(Payments::ProviderEventId)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InvoiceReminders::Table)
                    .if_not_exists()
                    .col(big_integer(InvoiceReminders::InvoiceId))
                    .col(string_len(InvoiceReminders::Stage, 16))
                    .col(timestamp_with_time_zone(InvoiceReminders::SentAt))
                    .primary_key(
                        Index::create()
                            .col(InvoiceReminders::InvoiceId)
                            .col(InvoiceReminders::Stage),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PaymentEvents::Table)
                    .if_not_exists()
                    .col(string_len(PaymentEvents::EventId, 128).primary_key())
                    .col(timestamp_with_time_zone(PaymentEvents::ReceivedAt))
                    .col(string_len(PaymentEvents::Outcome, 32))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
