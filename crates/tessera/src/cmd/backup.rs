//! `tessera backup DEST` and `tessera restore SRC` (issue #10): a consistent copy of a live
//! SQLite data folder (the database as of one moment, by `VACUUM INTO`, and the files), and
//! putting one back into an empty data folder after checking it. PostgreSQL has its own tools
//! (`pg_dump`, `pg_restore`); the commands say so instead of copying half of the data.
use crate::config::{DbArgs, FileConfig, load_file};
use anyhow::{Context, bail};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tessera_db::{Db, DbTarget};

/// The database's file name in a data folder and in a backup.
const DB_FILE: &str = "tessera.db";
/// What a backup says about itself.
const MANIFEST: &str = "backup.json";

#[derive(Args)]
pub struct BackupArgs {
    /// A new (or empty) folder for the backup.
    dest: PathBuf,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// A folder made by `tessera backup`.
    src: PathBuf,
    #[command(flatten)]
    db: DbArgs,
}

/// The data folder (its `files/`, as `tessera serve` keeps them) and the SQLite database;
/// PostgreSQL is refused with what to use instead.
fn sqlite_folder(db: &DbArgs, file: &FileConfig, what: &str) -> anyhow::Result<(PathBuf, DbTarget)> {
    let target = db.target(file)?;
    let data = db.data.clone().or_else(|| file.data.clone()).unwrap_or_else(|| PathBuf::from("tessera-data"));
    match &target {
        DbTarget::Sqlite { .. } => Ok((data, target)),
        DbTarget::Postgres { .. } => bail!(
            "tessera {what} copies a SQLite data folder; for PostgreSQL use pg_dump and pg_restore, and copy the data folder's files/ (or keep the files in object storage)"
        ),
    }
}

fn files_elsewhere(file: &FileConfig) -> bool {
    file.files_url.as_deref().is_some_and(|u| !u.trim().is_empty())
        || std::env::var("TESSERA_FILES_URL").is_ok_and(|u| !u.trim().is_empty())
}

/// Copies every file under `from` into `to` (made as needed), leaving out files still being
/// written (`.part`). How many files.
fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<u64> {
    let mut n = 0;
    if !from.is_dir() {
        return Ok(0);
    }
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))? {
        let entry = entry?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            n += copy_tree(&path, &target)?;
        } else if path.extension().is_none_or(|e| e != "part") {
            std::fs::copy(&path, &target).with_context(|| format!("cannot copy {}", path.display()))?;
            n += 1;
        }
    }
    Ok(n)
}

fn empty_or_missing(dir: &Path) -> anyhow::Result<bool> {
    if !dir.exists() {
        return Ok(true);
    }
    Ok(std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?.next().is_none())
}

pub async fn backup(args: BackupArgs) -> anyhow::Result<ExitCode> {
    let file = load_file(args.db.config.as_deref())?;
    let (data, target) = sqlite_folder(&args.db, &file, "backup")?;
    let DbTarget::Sqlite { path, .. } = &target else { bail!("not a SQLite database") };
    if !path.is_file() {
        bail!("no database at {}: nothing to back up", path.display());
    }
    if !empty_or_missing(&args.dest)? {
        bail!("{} is not empty: a backup goes into a new folder", args.dest.display());
    }
    std::fs::create_dir_all(&args.dest).with_context(|| format!("cannot create {}", args.dest.display()))?;
    let db = Db::connect(&target).await?;
    let snapshot = args.dest.join(DB_FILE);
    let absolute = std::path::absolute(&snapshot)?;
    db.sqlite_snapshot(&absolute).await.context("cannot copy the database")?;
    db.close().await?;
    // Files are written once under fresh keys and never changed: those the snapshot names are
    // all there; one uploaded meanwhile is an extra the database does not know, and harmless.
    let files = copy_tree(&data.join("files"), &args.dest.join("files"))?;
    let manifest = serde_json::json!({
        "made_by": format!("tessera {}", env!("CARGO_PKG_VERSION")),
        "database": DB_FILE,
        "files": files,
    });
    std::fs::write(args.dest.join(MANIFEST), serde_json::to_string_pretty(&manifest)?)?;
    println!("Backed up {} and {files} files to {}.", path.display(), args.dest.display());
    if files_elsewhere(&file) {
        println!("The files in object storage are not in the backup: use the storage's own versioning or copy.");
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let file = load_file(args.db.config.as_deref())?;
    let (data, target) = sqlite_folder(&args.db, &file, "restore")?;
    let DbTarget::Sqlite { path, .. } = &target else { bail!("not a SQLite database") };
    let source = args.src.join(DB_FILE);
    if !source.is_file() || !args.src.join(MANIFEST).is_file() {
        bail!("{} is not a backup made by tessera backup (no {DB_FILE} and {MANIFEST})", args.src.display());
    }
    if path.exists() || data.join("files").exists() {
        bail!(
            "{} already holds data: restore into a new data folder (--data DIR), or move this one away first",
            data.display()
        );
    }
    // The backup is checked before anything is written.
    let check = Db::connect(&DbTarget::Sqlite { path: source.clone(), create: false })
        .await
        .with_context(|| format!("cannot open the backup's database {}", source.display()))?;
    let verdict = check.integrity_check().await.unwrap_or_else(|e| e.to_string());
    check.close().await?;
    if verdict != "ok" {
        bail!("the backup's database fails its integrity check ({verdict}): nothing restored");
    }
    std::fs::create_dir_all(&data).with_context(|| format!("cannot create {}", data.display()))?;
    let part = data.join(format!("{DB_FILE}.part"));
    std::fs::copy(&source, &part).with_context(|| format!("cannot copy {}", source.display()))?;
    let files = copy_tree(&args.src.join("files"), &data.join("files"))?;
    // The database last, whole: a restore cut short leaves no database that looks complete.
    std::fs::rename(&part, path)?;
    let db = Db::connect(&target).await?;
    db.migrate().await.context("cannot bring the restored database's schema up to date")?;
    db.close().await?;
    println!("Restored {} and {files} files into {}.", args.src.display(), data.display());
    Ok(ExitCode::SUCCESS)
}
