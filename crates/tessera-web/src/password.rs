//! Passwords: argon2id with the crate's recommended parameters, PHC strings in the database.
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use tessera_domain::secret::Password;

pub const MIN_LENGTH: usize = 12;

#[derive(Debug, thiserror::Error)]
#[error("could not hash the password")]
pub struct HashError;

pub fn hash(p: &Password) -> Result<String, HashError> {
    let bytes = tessera_domain::secret::random_bytes::<16>().map_err(|_| HashError)?;
    let salt = SaltString::encode_b64(&bytes).map_err(|_| HashError)?;
    Argon2::default().hash_password(p.expose().as_bytes(), &salt).map(|h| h.to_string()).map_err(|_| HashError)
}

/// True when the password matches the stored hash. A malformed hash never matches.
pub fn verify(p: &Password, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| Argon2::default().verify_password(p.expose().as_bytes(), &h).is_ok())
}

/// Verifies against a fixed hash, so that a sign-in for an unknown account takes as long as one
/// for a known account.
pub fn burn_time(p: &Password) {
    const DUMMY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Zl3N3ZxeK6yJ+gkNpcmZk7MFc0Y8dXOh8zMw4fOq2E";
    let _ = verify(p, DUMMY);
}

/// [`hash`] on a blocking thread: argon2 takes tens of milliseconds of one core, which must not
/// stall every other request served by the runtime's thread.
pub async fn hash_off_thread(p: &Password) -> Result<String, HashError> {
    let p = p.clone();
    tokio::task::spawn_blocking(move || hash(&p)).await.unwrap_or(Err(HashError))
}

/// [`verify`] on a blocking thread; without a stored hash, [`burn_time`] there, so an unknown
/// account takes as long as a known one. A failed thread never matches.
pub async fn verify_off_thread(p: &Password, stored: Option<&str>) -> bool {
    let p = p.clone();
    let stored = stored.map(str::to_owned);
    tokio::task::spawn_blocking(move || match stored {
        Some(h) => verify(&p, &h),
        None => {
            burn_time(&p);
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn hash_and_verify() {
        let p = Password::new("correct horse battery");
        let h = hash(&p).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(&p, &h));
        assert!(!verify(&Password::new("wrong"), &h));
        assert!(!verify(&p, "not a hash"));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn off_thread_hash_and_verify() {
        let p = Password::new("correct horse battery");
        let h = hash_off_thread(&p).await.unwrap();
        assert!(verify_off_thread(&p, Some(&h)).await);
        assert!(!verify_off_thread(&Password::new("wrong"), Some(&h)).await);
        assert!(!verify_off_thread(&p, None).await);
    }
}
