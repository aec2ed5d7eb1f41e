//! `tessera backup` and `tessera restore` (issue #10): a live SQLite data folder is copied while
//! it serves; the copy restores into an empty folder and holds everything; a damaged backup, a
//! folder that holds data and PostgreSQL are refused with a clear message, changing nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_tessera");

struct Dirs(PathBuf);

impl Dirs {
    fn new(test: &str) -> Self {
        let d = std::env::temp_dir().join(format!("tessera-backup-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Self(d)
    }
    fn at(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Dirs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the binary; its exit status, standard output and error.
async fn tessera(args: &[&str], data: &Path) -> (bool, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .arg("--data")
        .arg(data)
        .env_remove("TESSERA_DATABASE_URL")
        .env("RUST_LOG", "warn")
        .output()
        .await
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// Every file under `dir`, by its path below it, with its bytes.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, p: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(p).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                walk(root, &e.path(), out);
            } else {
                let rel = e.path().strip_prefix(root).unwrap().display().to_string();
                out.push((rel, std::fs::read(e.path()).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

async fn open(data: &Path) -> tessera_db::Db {
    tessera_db::Db::connect(&tessera_db::DbTarget::Sqlite { path: data.join("tessera.db"), create: false })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_live_data_folder_is_backed_up_and_restored_whole() {
    let dirs = Dirs::new("live");
    let (live, backup, restored) = (dirs.at("live"), dirs.at("backup"), dirs.at("restored"));
    // The demo company serves from a SQLite data folder, with its instructions' files.
    let mut server = Command::new(BIN)
        .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--data"])
        .arg(&live)
        .env_remove("TESSERA_DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let mut loaded = false;
    while let Ok(Ok(Some(line))) = tokio::time::timeout(Duration::from_secs(60), lines.next_line()).await {
        if line.starts_with("Installation instructions of article") {
            loaded = true;
            break;
        }
    }
    assert!(loaded, "the demo loaded its files");
    assert!(!tree(&live.join("files")).is_empty(), "the demo keeps files");

    // While it serves: a backup into a new folder; a second one into the same folder is refused.
    let (ok, out, err) = tessera(&["backup", backup.to_str().unwrap()], &live).await;
    assert!(ok, "{out}{err}");
    assert!(out.contains("Backed up"), "{out}");
    let (ok, _, err) = tessera(&["backup", backup.to_str().unwrap()], &live).await;
    assert!(!ok);
    assert!(err.contains("is not empty"), "{err}");

    let pid = server.id().unwrap().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().await.unwrap();
    tokio::time::timeout(Duration::from_secs(30), server.wait()).await.unwrap().unwrap();

    // Restored into a new folder: the same facts and the same files.
    let (ok, out, err) = tessera(&["restore", backup.to_str().unwrap()], &restored).await;
    assert!(ok, "{out}{err}");
    assert!(out.contains("Restored"), "{out}");
    assert_eq!(tree(&restored.join("files")), tree(&live.join("files")));
    let (a, b) = (open(&live).await, open(&restored).await);
    assert_eq!(b.integrity_check().await.unwrap(), "ok");
    let codes = |v: Vec<tessera_db::work::Asset>| v.into_iter().map(|a| a.code).collect::<Vec<_>>();
    assert_eq!(codes(b.assets().await.unwrap()), codes(a.assets().await.unwrap()));
    assert!(b.party_by_code("KB0004").await.unwrap().is_some());
    assert_eq!(b.audit_events(1).await.unwrap().items.len(), a.audit_events(1).await.unwrap().items.len());
    a.close().await.unwrap();
    b.close().await.unwrap();

    // Restoring over data is refused, and changes nothing.
    let before = tree(&restored);
    let (ok, _, err) = tessera(&["restore", backup.to_str().unwrap()], &restored).await;
    assert!(!ok);
    assert!(err.contains("already holds data"), "{err}");
    assert_eq!(tree(&restored), before);

    // A damaged backup is refused before anything is written.
    let damaged = dirs.at("damaged");
    std::fs::create_dir_all(&damaged).unwrap();
    for (name, bytes) in tree(&backup) {
        let to = damaged.join(&name);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, bytes).unwrap();
    }
    let db = damaged.join("tessera.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() / 2;
    let end = bytes.len().min(middle + 8192);
    for b in &mut bytes[middle..end] {
        *b = 0x5a;
    }
    std::fs::write(&db, bytes).unwrap();
    let elsewhere = dirs.at("elsewhere");
    let (ok, _, err) = tessera(&["restore", damaged.to_str().unwrap()], &elsewhere).await;
    assert!(!ok);
    assert!(err.contains("integrity") || err.contains("cannot open"), "{err}");
    assert!(!elsewhere.join("tessera.db").exists(), "nothing restored");
    // Not a backup at all.
    let (ok, _, err) = tessera(&["restore", live.to_str().unwrap()], &dirs.at("other")).await;
    assert!(!ok);
    assert!(err.contains("not a backup"), "{err}");
}

#[tokio::test]
async fn postgresql_is_pointed_to_its_own_tools() {
    let dirs = Dirs::new("pg");
    let out = Command::new(BIN)
        .args([
            "backup",
            dirs.at("b").to_str().unwrap(),
            "--database-url",
            "postgres://postgres@127.0.0.1:5432/postgres",
        ])
        .output()
        .await
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pg_dump"), "{err}");
    assert!(!dirs.at("b").exists(), "nothing made");
}
