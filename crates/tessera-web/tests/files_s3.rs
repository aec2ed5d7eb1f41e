//! Files in S3-compatible object storage (issue #10), against a real server on loopback:
//! `.ci/run` starts one and runs these with `--ignored` and `TESSERA_TEST_S3_URL` (for example
//! `s3://tessera-test?endpoint=http://127.0.0.1:9000`; the bucket exists) and the credentials in
//! `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::sync::Arc;
use tessera_web::files::{FileError, FileStore, ObjectFiles, S3Location, check, new_key};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde";

/// The store at the test server, under a prefix of its own so runs do not meet.
fn store(prefix: &str) -> ObjectFiles {
    let url = std::env::var("TESSERA_TEST_S3_URL").expect("TESSERA_TEST_S3_URL: where the S3 test server is");
    let mut loc = S3Location::parse(&url).unwrap();
    loc.prefix = prefix.to_owned();
    ObjectFiles::s3(&loc).unwrap()
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: TESSERA_TEST_S3_URL"]
async fn objects_are_put_read_by_another_node_and_deleted() {
    let prefix = format!("run-{}", new_key().unwrap());
    let one = store(&prefix);
    let other = store(&prefix);
    check(&one).await.unwrap();
    let key = new_key().unwrap();
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    one.put(&key, &bytes).await.unwrap();
    // Another node, with its own client, reads what the first wrote.
    assert_eq!(other.get(&key).await.unwrap(), bytes);
    other.delete(&key).await.unwrap();
    assert!(matches!(one.get(&key).await, Err(FileError::NotFound)));
    // Deleting what is not there is not an error; a key the store does not make is refused.
    one.delete(&key).await.unwrap();
    assert!(matches!(one.put("../escape", b"x").await, Err(FileError::BadKey)));
    assert!(matches!(one.get(&new_key().unwrap()).await, Err(FileError::NotFound)));
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: TESSERA_TEST_S3_URL"]
async fn a_wrong_bucket_is_told_at_start() {
    let url = std::env::var("TESSERA_TEST_S3_URL").unwrap();
    let mut loc = S3Location::parse(&url).unwrap();
    loc.bucket = format!("no-such-bucket-{}", &new_key().unwrap()[..8]);
    let store = ObjectFiles::s3(&loc).unwrap();
    assert!(check(&store).await.is_err(), "the probe fails");
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: TESSERA_TEST_S3_URL"]
async fn a_photo_uploaded_with_a_request_is_kept_in_the_bucket_and_downloads() {
    let prefix = format!("run-{}", new_key().unwrap());
    let mut app = TestApp::with_files(Arc::new(store(&prefix))).await;
    let cx = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    app.open_customer_link(cx, None).await;
    let fields = [
        ("asset", ""),
        ("site", "COMPANY X, Warsaw plant"),
        ("category", "defect"),
        ("priority", "normal"),
        ("description", "The light over door 3 flickers."),
        ("contact_name", "Eva Nowak"),
        ("contact_email", ""),
        ("contact_phone", ""),
        ("preferred_time", ""),
    ];
    let res = app.post_multipart("/portal/service", &fields, &[("photos", "door.png", PNG)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.data_dir.file_count(), 0, "nothing on the local disk");
    let page = app.get(res.location()).await;
    let at = page.body.find("/portal/service/files/").expect("a link to the photo");
    let link: String = page.body[at..].chars().take_while(|c| *c != '"').collect();
    let photo = app.get(&link).await;
    assert_eq!(photo.status, StatusCode::OK);
    assert_eq!(photo.header("content-type"), "image/png");
    // The bytes are in the bucket, read by a node of its own.
    let id: i64 = link.rsplit('/').next().unwrap().parse().unwrap();
    let attachment = app.db.attachment(tessera_domain::ids::AttachmentId::new(id)).await.unwrap();
    assert_eq!(store(&prefix).get(&attachment.key).await.unwrap(), PNG);
}
