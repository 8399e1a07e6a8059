//! Simulated editors of applications for the benchmark and the durability test (included
//! with `#[path]`): enrolled facilities with their application open, and per editor a
//! session and the items it edits.

use app::db::{editions, sessions, testing};
use app::domain::standards::{AnswerSave, AnswerValue, item_key};
use sea_orm::DatabaseConnection;

/// `Default` is an empty stand-in while the real editor is lent to a load task.
#[derive(Default)]
pub struct Editor {
    pub application_id: app::domain::ids::ApplicationId,
    pub token: String,
    /// (item key, a valid answer, the revision this editor last saw)
    pub items: Vec<(String, AnswerValue, i64)>,
    next: usize,
    saves: u64,
    pub id: usize,
}

impl Editor {
    /// The JSON body of the next autosave: the editor's items in turn, each on the revision
    /// this editor last saw, with a fresh idempotency key.
    pub fn next_save(&mut self) -> (usize, String) {
        let index = self.next % self.items.len();
        self.next += 1;
        self.saves += 1;
        let (key, value, revision) = &self.items[index];
        let save = AnswerSave {
            application_id: self.application_id,
            item_key: key.clone(),
            value: value.clone(),
            base_revision: *revision,
            idempotency_key: format!("e{}-s{:08}", self.id, self.saves),
        };
        (index, serde_json::json!({ "save": save }).to_string())
    }
}

/// `facilities` enrolled facilities with `per_facility` editors each; the editors of one
/// application share its items round-robin, so colleagues edit different items.
pub async fn prepare(
    db: &DatabaseConnection,
    facilities: usize,
    per_facility: usize,
) -> Result<Vec<Editor>, Box<dyn std::error::Error + Send + Sync>> {
    editions::import(db, editions::DEMO_EDITION, None, chrono::Utc::now())
        .await
        .map_err(|e| e.to_string())?;
    let edition = editions::find(db, "demo-2026").await?.ok_or(app::db::DataError::NotFound)?;
    let today = chrono::Utc::now().date_naive();
    let all: Vec<(String, AnswerValue)> = edition
        .items()
        .map(|(_, n, item)| (item_key(n, &item.letter), testing::valid_answer(&item.answer, today)))
        .collect();
    let mut editors = Vec::new();
    for f in 0..facilities {
        let (application, holder) = testing::enrolled_application(
            db,
            &format!("holder{f}@bench.example"),
            &format!("Bench Unit {f}"),
        )
        .await?;
        for e in 0..per_facility {
            let (token, _) =
                sessions::open(db, holder.id, &Default::default(), chrono::Utc::now()).await?;
            let items = all
                .iter()
                .enumerate()
                .filter(|(i, _)| i % per_facility == e)
                .map(|(_, (k, v))| (k.clone(), v.clone(), 0))
                .collect();
            editors.push(Editor {
                application_id: application.id,
                token,
                items,
                next: 0,
                saves: 0,
                id: editors.len(),
            });
        }
    }
    Ok(editors)
}

/// The revision a `SaveOutcome::Saved` answer reports, if that is what `body` is.
pub fn saved_revision(body: &[u8]) -> Option<i64> {
    match serde_json::from_slice::<app::domain::standards::SaveOutcome>(body).ok()? {
        app::domain::standards::SaveOutcome::Saved { revision } => Some(revision),
        app::domain::standards::SaveOutcome::Conflict { .. } => None,
    }
}
