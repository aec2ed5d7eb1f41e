//! The file store: uploaded bytes kept under generated keys, outside any web root. The trait is
//! small (put, get, delete by key) so another store (S3, issue #10) can take the local disk's
//! place; the facts about each file are in the database (`tessera_db::attachments`).
use std::path::PathBuf;
use tessera_domain::secret::{RandomError, random_bytes};

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("no such file")]
    NotFound,
    #[error("not a key this store makes")]
    BadKey,
    #[error("file store: {0}")]
    Io(#[from] std::io::Error),
}

#[async_trait::async_trait]
pub trait FileStore: Send + Sync {
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), FileError>;
    async fn get(&self, key: &str) -> Result<Vec<u8>, FileError>;
    /// Deleting a key that is not there is not an error.
    async fn delete(&self, key: &str) -> Result<(), FileError>;
}

/// A fresh key: 128 random bits, hex. Never derived from the uploader's file name.
pub fn new_key() -> Result<String, RandomError> {
    Ok(hex::encode(random_bytes::<16>()?))
}

fn valid_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Files on the local disk: `<root>/<first two characters of the key>/<key>`, where root is
/// `<data folder>/files`.
#[derive(Debug, Clone)]
pub struct LocalFiles {
    root: PathBuf,
}

impl LocalFiles {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    fn path(&self, key: &str) -> Result<PathBuf, FileError> {
        if !valid_key(key) {
            return Err(FileError::BadKey);
        }
        Ok(self.root.join(&key[..2]).join(key))
    }
}

#[async_trait::async_trait]
impl FileStore for LocalFiles {
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), FileError> {
        let path = self.path(key)?;
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        // Written aside, then renamed: a reader never sees half a file.
        let tmp = path.with_extension("part");
        tokio::fs::write(&tmp, bytes).await?;
        tokio::fs::rename(&tmp, &path).await?;
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<Vec<u8>, FileError> {
        match tokio::fs::read(self.path(key)?).await {
            Ok(b) => Ok(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(FileError::NotFound),
            Err(e) => Err(e.into()),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), FileError> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[tokio::test]
    async fn put_get_delete() {
        let root = std::env::temp_dir().join(format!("tessera-files-{}", new_key().unwrap()));
        let store = LocalFiles::new(&root);
        let key = new_key().unwrap();
        store.put(&key, b"%PDF-1.4").await.unwrap();
        assert_eq!(store.get(&key).await.unwrap(), b"%PDF-1.4");
        store.delete(&key).await.unwrap();
        assert!(matches!(store.get(&key).await, Err(FileError::NotFound)));
        store.delete(&key).await.unwrap();
        assert!(matches!(store.put("../../etc/passwd", b"x").await, Err(FileError::BadKey)));
        let _ = std::fs::remove_dir_all(root);
    }
}
