//! The file store: uploaded bytes kept under generated keys, outside any web root. The trait is
//! small (put, get, delete by key): the local disk by default, or S3-compatible object storage
//! (issue #10), so that several nodes share the files. The facts about each file are in the
//! database (`tessera_db::attachments`).
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
    /// The object store answered with an error (its message names no secret).
    #[error("object store: {0}")]
    Object(String),
}

#[async_trait::async_trait]
pub trait FileStore: Send + Sync {
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), FileError>;
    async fn get(&self, key: &str) -> Result<Vec<u8>, FileError>;
    /// Deleting a key that is not there is not an error.
    async fn delete(&self, key: &str) -> Result<(), FileError>;
}

/// Writes, reads back and deletes a probe file: at start-up, a store that is misconfigured
/// (wrong bucket, credentials, endpoint) is told at once, not at the first upload.
pub async fn check(store: &dyn FileStore) -> Result<(), FileError> {
    let key = new_key().map_err(|e| FileError::Object(e.to_string()))?;
    store.put(&key, b"tessera").await?;
    let back = store.get(&key).await?;
    store.delete(&key).await?;
    if back == b"tessera" { Ok(()) } else { Err(FileError::Object("a probe file came back changed".into())) }
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

/// Where S3-compatible object storage is: `s3://BUCKET[/PREFIX]`, with `?endpoint=URL` for a
/// server other than AWS (MinIO, Ceph, Garage…; `http://` only there) and `&region=R`. The
/// credentials come from `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, never from the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Location {
    pub bucket: String,
    pub prefix: String,
    pub endpoint: Option<String>,
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum S3UrlError {
    #[error("the files URL must look like s3://bucket or s3://bucket/prefix")]
    NotS3,
    #[error("the files URL must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")]
    Credentials,
    #[error("unknown option {0:?} in the files URL: use endpoint= and region=")]
    Option(String),
    #[error("the endpoint must be an http:// or https:// URL")]
    Endpoint,
}

impl S3Location {
    pub fn parse(url: &str) -> Result<Self, S3UrlError> {
        let rest = url.trim().strip_prefix("s3://").ok_or(S3UrlError::NotS3)?;
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        if path.contains('@') {
            return Err(S3UrlError::Credentials);
        }
        let (bucket, prefix) = path.split_once('/').unwrap_or((path, ""));
        let bucket_ok = (3..=63).contains(&bucket.len())
            && bucket.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
        if !bucket_ok {
            return Err(S3UrlError::NotS3);
        }
        let mut loc = Self {
            bucket: bucket.to_owned(),
            prefix: prefix.trim_matches('/').to_owned(),
            endpoint: None,
            region: "us-east-1".to_owned(),
        };
        for kv in query.split('&').filter(|kv| !kv.is_empty()) {
            match kv.split_once('=') {
                Some(("endpoint", e)) if e.starts_with("http://") || e.starts_with("https://") => {
                    loc.endpoint = Some(e.trim_end_matches('/').to_owned());
                }
                Some(("endpoint", _)) => return Err(S3UrlError::Endpoint),
                Some(("region", r)) if !r.is_empty() => loc.region = r.to_owned(),
                _ => return Err(S3UrlError::Option(kv.split('=').next().unwrap_or(kv).to_owned())),
            }
        }
        Ok(loc)
    }
}

/// Files in one bucket of S3-compatible object storage, as `<prefix>/<key>`: every node of a
/// cluster reads what any node wrote. A put is one request, whole or not at all.
#[derive(Debug)]
pub struct ObjectFiles {
    store: object_store::aws::AmazonS3,
    prefix: String,
}

impl ObjectFiles {
    /// The store at `loc`, with the credentials of the environment.
    pub fn s3(loc: &S3Location) -> Result<Self, FileError> {
        let mut b = object_store::aws::AmazonS3Builder::from_env()
            .with_bucket_name(&loc.bucket)
            .with_region(&loc.region)
            .with_client_options(
                object_store::ClientOptions::new()
                    .with_timeout(std::time::Duration::from_secs(60))
                    .with_connect_timeout(std::time::Duration::from_secs(5)),
            );
        if let Some(e) = &loc.endpoint {
            b = b.with_endpoint(e).with_allow_http(e.starts_with("http://"));
        }
        let store = b.build().map_err(|e| FileError::Object(e.to_string()))?;
        Ok(Self { store, prefix: loc.prefix.clone() })
    }

    fn path(&self, key: &str) -> Result<object_store::path::Path, FileError> {
        if !valid_key(key) {
            return Err(FileError::BadKey);
        }
        let full = if self.prefix.is_empty() { key.to_owned() } else { format!("{}/{key}", self.prefix) };
        object_store::path::Path::parse(full).map_err(|_| FileError::BadKey)
    }
}

fn object_error(e: object_store::Error) -> FileError {
    match e {
        object_store::Error::NotFound { .. } => FileError::NotFound,
        other => FileError::Object(other.to_string()),
    }
}

#[async_trait::async_trait]
impl FileStore for ObjectFiles {
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), FileError> {
        use object_store::ObjectStoreExt;
        let path = self.path(key)?;
        let payload = object_store::PutPayload::from(bytes::Bytes::copy_from_slice(bytes));
        self.store.put(&path, payload).await.map_err(object_error)?;
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<Vec<u8>, FileError> {
        use object_store::ObjectStoreExt;
        let path = self.path(key)?;
        let got = self.store.get(&path).await.map_err(object_error)?;
        Ok(got.bytes().await.map_err(object_error)?.to_vec())
    }

    async fn delete(&self, key: &str) -> Result<(), FileError> {
        use object_store::ObjectStoreExt;
        let path = self.path(key)?;
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(object_error(e)),
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

    #[test]
    fn s3_urls() {
        let l =
            S3Location::parse("s3://tessera-files/prod?endpoint=http://127.0.0.1:9000/&region=eu-central-1").unwrap();
        assert_eq!(l.bucket, "tessera-files");
        assert_eq!(l.prefix, "prod");
        assert_eq!(l.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(l.region, "eu-central-1");
        let plain = S3Location::parse("s3://files.example").unwrap();
        assert_eq!((plain.prefix.as_str(), plain.endpoint, plain.region.as_str()), ("", None, "us-east-1"));
        assert_eq!(S3Location::parse("https://bucket"), Err(S3UrlError::NotS3));
        assert_eq!(S3Location::parse("s3://Bad_Bucket"), Err(S3UrlError::NotS3));
        assert_eq!(S3Location::parse("s3://key:secret@bucket"), Err(S3UrlError::Credentials));
        assert_eq!(S3Location::parse("s3://bucket?endpoint=ftp://x"), Err(S3UrlError::Endpoint));
        assert_eq!(S3Location::parse("s3://bucket?secret=x"), Err(S3UrlError::Option("secret".into())));
    }
}
