//! A save the user was told succeeded is durable: while editors' autosaves are being
//! acknowledged, the server process is killed with SIGKILL; after a restart every
//! acknowledged save is in the database with the revision it was acknowledged with.

#![expect(clippy::unwrap_used, reason = "test: any failure should fail the test")]

#[path = "../../bench/client.rs"]
mod client;
#[path = "../../bench/editors.rs"]
mod editors;

use std::process::Child;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::db::entities::{answer, answer_save};
use sea_orm::EntityTrait;

fn start(data_dir: &std::path::Path, addr: std::net::SocketAddr) -> Child {
    client::server_command(data_dir, addr).spawn().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_save_survives_sigkill() {
    let dir = std::env::temp_dir().join(format!("accredit-durability-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("accredit.sqlite").display());
    let db = app::db::connect_and_migrate(&url).await.unwrap();
    let editors = editors::prepare(&db, 4, 4).await.unwrap();
    db.close().await.unwrap();

    let addr = client::free_addr().unwrap();
    let mut server = start(&dir, addr);
    client::wait_ready(addr, 30).await.unwrap();

    // (idempotency key, item, application, revision) of every save answered "Saved".
    let acknowledged =
        Arc::new(Mutex::new(Vec::<(String, String, app::domain::ids::ApplicationId, i64)>::new()));
    let mut tasks = Vec::new();
    for mut editor in editors {
        let acknowledged = acknowledged.clone();
        tasks.push(tokio::spawn(async move {
            let Ok(mut conn) = client::Conn::open(addr).await else { return };
            loop {
                let (index, body) = editor.next_save();
                let key: String = serde_json::from_str::<serde_json::Value>(&body).unwrap()["save"]
                    ["idempotency_key"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                match conn
                    .send(
                        "POST",
                        <app::api::applications::SaveAnswer as leptos::server_fn::ServerFn>::PATH,
                        Some("application/json"),
                        Some(&editor.token),
                        body,
                    )
                    .await
                {
                    Ok((200, response)) => {
                        if let Some(revision) = editors::saved_revision(&response) {
                            editor.items[index].2 = revision;
                            let item = editor.items[index].0.clone();
                            acknowledged.lock().unwrap().push((
                                key,
                                item,
                                editor.application_id,
                                revision,
                            ));
                        }
                    }
                    // The server is gone: this editor stops.
                    _ => return,
                }
            }
        }));
    }
    // Kill once a good number of saves has been acknowledged, in the middle of the load.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while acknowledged.lock().unwrap().len() < 300 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill().unwrap(); // SIGKILL on Unix: no graceful shutdown, no flush
    server.wait().unwrap();
    for task in tasks {
        let _ = task.await;
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 300,
        "only {} saves acknowledged before the deadline",
        acknowledged.len()
    );

    // Restart on the same files: the server recovers the database and answers again.
    let mut server = start(&dir, addr);
    client::wait_ready(addr, 30).await.unwrap();
    let db = app::db::connect(&url).await.unwrap();
    let mut lost = Vec::new();
    for (key, item, application, revision) in &acknowledged {
        let applied = answer_save::Entity::find_by_id(key.clone()).one(&db).await.unwrap();
        let stored =
            answer::Entity::find_by_id((*application, item.clone())).one(&db).await.unwrap();
        let ok = applied.as_ref().is_some_and(|s| s.revision == *revision)
            && stored.as_ref().is_some_and(|a| a.revision >= *revision);
        if !ok {
            lost.push(key.clone());
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged saves lost: {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(10)]
    );
}
