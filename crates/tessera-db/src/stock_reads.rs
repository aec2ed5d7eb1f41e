//! Reads of one article's stock, answered together: requests that arrive while a read is
//! under way are answered by the next one, a single indexed query for all the articles they
//! ask (each asked once). Every answer still comes from a read that began after its request
//! arrived, so nothing is stale: this is not a cache. Under load a request costs a share of a
//! query instead of a round trip of its own; alone, it costs what a direct read does.
//!
//! A task per database handle does the reading, started at the first request. Should it be
//! gone (its runtime ended), a request reads for itself.
use crate::stock::ArticleStock;
use crate::{Db, DbError};
use std::sync::{Arc, OnceLock};
use tokio::sync::{Semaphore, mpsc, oneshot};

/// At most this many requests are answered by one read.
const MAX_BATCH: usize = 256;
/// Reads under way at once (each holds a connection of the pool; the rest of the pool stays
/// for everything else).
const READS_AT_ONCE: usize = 2;
/// Requests waiting for a read, beyond which a request reads for itself.
const QUEUE: usize = 4096;

type Reply = oneshot::Sender<Result<ArticleStock, DbError>>;

struct Ask {
    article: String,
    reply: Reply,
}

/// The reader of a database handle (shared by its clones).
#[derive(Default)]
pub(crate) struct StockReads {
    queue: OnceLock<mpsc::Sender<Ask>>,
}

impl StockReads {
    /// The article's stock, read together with the others asked meanwhile.
    pub(crate) async fn read(&self, db: &Db, article: &str) -> Result<ArticleStock, DbError> {
        let Some(queue) = self.queue(db) else { return read_alone(db, article).await };
        let (reply, answer) = oneshot::channel();
        match queue.try_send(Ask { article: article.to_owned(), reply }) {
            Ok(()) => match answer.await {
                Ok(result) => result,
                // The reader stopped with the request in hand (its runtime is ending).
                Err(_) => read_alone(db, article).await,
            },
            Err(_) => read_alone(db, article).await,
        }
    }

    fn queue(&self, db: &Db) -> Option<&mpsc::Sender<Ask>> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::channel(QUEUE);
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(reader(db.without_reader(), rx));
            }
            tx
        });
        (!queue.is_closed()).then_some(queue)
    }
}

/// One read for one article.
pub(crate) async fn read_alone(db: &Db, article: &str) -> Result<ArticleStock, DbError> {
    let mut found = db.stock_query(&[article.to_owned()]).await?;
    Ok(found.remove(article.trim()).unwrap_or(ArticleStock::UnknownArticle))
}

/// Takes the requests waiting, up to [`MAX_BATCH`], reads them in one go, and starts over;
/// [`READS_AT_ONCE`] reads may be under way.
async fn reader(db: Db, mut rx: mpsc::Receiver<Ask>) {
    let slots = Arc::new(Semaphore::new(READS_AT_ONCE));
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else { return };
        let Some(first) = rx.recv().await else { return };
        // The request that woke the reader runs it at once; let the others that are ready
        // have their turn first, so that their requests join this read.
        tokio::task::yield_now().await;
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(ask) => batch.push(ask),
                Err(_) => break,
            }
        }
        let db = db.clone();
        tokio::spawn(async move {
            answer(&db, batch).await;
            drop(slot);
        });
    }
}

async fn answer(db: &Db, batch: Vec<Ask>) {
    let asked: Vec<String> = batch.iter().map(|a| a.article.clone()).collect();
    match db.stock_query(&asked).await {
        Ok(found) => {
            for ask in batch {
                let stock = found.get(ask.article.trim()).cloned().unwrap_or(ArticleStock::UnknownArticle);
                let _ = ask.reply.send(Ok(stock));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, requests = batch.len(), "stock read failed");
            for ask in batch {
                let _ = ask.reply.send(Err(e.duplicate()));
            }
        }
    }
}

/// The shape of a batch's `IN` list: padded up to a power of two (with its last article), so
/// the database sees a handful of statements and keeps them prepared.
pub(crate) fn padded(articles: &[String]) -> Vec<String> {
    let mut out = articles.to_vec();
    if let Some(last) = articles.last() {
        let size = articles.len().next_power_of_two();
        out.resize(size, last.clone());
    }
    out
}

/// The articles of a query, each once, in the order first asked.
pub(crate) fn distinct(articles: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    articles.iter().map(|a| a.trim().to_owned()).filter(|a| seen.insert(a.clone())).collect()
}
