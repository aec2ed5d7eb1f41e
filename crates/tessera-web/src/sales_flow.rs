//! Customers' orders, the steps the portal, the back office and the API share: placing an
//! order (with the customer's delivery note), and moving it on with the customer's email.
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::tr::Tr;
use crate::uploads::CheckedFile;
use tessera_db::DbError;
use tessera_db::sales::{Idempotency, NewSalesOrder, SalesError, SalesOrder, SalesUpdate};
use tessera_domain::email::Email;
use tessera_domain::ids::{PartyId, SalesOrderId};
use tessera_domain::policy::{Action, Target};
use tessera_domain::sales::SalesOrderDraft;
use tessera_i18n::Lang;

/// Why an order was not placed, for the form or the API to say.
#[derive(Debug)]
pub enum PlaceError {
    UnknownArticles(Vec<String>),
    /// The `Idempotency-Key` was used before: its first answer.
    Replay {
        status: u16,
        body: String,
        same_request: bool,
    },
    App(AppError),
}

impl From<AppError> for PlaceError {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

/// Places an order for `customer` (asked of the policy), with the customer's own delivery note
/// if given (a PDF, checked by content).
pub async fn place(
    gate: &Gate<'_>,
    customer: PartyId,
    draft: SalesOrderDraft,
    delivery_note: Option<CheckedFile>,
    idempotency: Option<&Idempotency>,
    render: impl FnOnce(&SalesOrder) -> (u16, String),
) -> Result<SalesOrder, PlaceError> {
    let state = gate.state;
    gate.check(Action::CustomerOrderPlace, Target::SalesOrder { id: None, customer }).await?;
    if let Some(i) = idempotency
        && let Some(stored) = state.db.stored_response(i.api_key, &i.key).await.map_err(AppError::from)?
    {
        return Err(PlaceError::Replay {
            same_request: stored.request_hash == i.request_hash,
            status: stored.status,
            body: stored.body,
        });
    }
    let note = match delivery_note {
        Some(f) => crate::uploads::store(state, vec![f]).await?.into_iter().next(),
        None => None,
    };
    let new = NewSalesOrder {
        customer,
        draft,
        contact: gate.ctx.contact.as_ref().map(|c| c.id),
        created_by: gate.ctx.actor().unwrap_or_else(|| "-".into()),
        delivery_note: note.clone(),
    };
    let event = gate.event("sales_order.place", None, None);
    let placed = state.db.place_sales_order(&new, state.clock.now(), &event, idempotency, render).await;
    if placed.is_err()
        && let Some(n) = &note
    {
        crate::uploads::discard(state, std::slice::from_ref(n)).await;
    }
    match placed {
        Ok(o) => Ok(o),
        Err(SalesError::UnknownArticles(list)) => Err(PlaceError::UnknownArticles(list)),
        Err(SalesError::Replay(stored)) => Err(PlaceError::Replay {
            same_request: idempotency.is_some_and(|i| i.request_hash == stored.request_hash),
            status: stored.status,
            body: stored.body,
        }),
        Err(e) => Err(PlaceError::App(sales_error(e))),
    }
}

/// The web layer's answer to a refused change.
pub fn sales_error(e: SalesError) -> AppError {
    match e {
        SalesError::Transition { .. } => AppError::Conflict("invalid_transition"),
        SalesError::Closed => AppError::Conflict("order_closed"),
        SalesError::Db(DbError::Stale) => AppError::Conflict("stale"),
        SalesError::Db(e) => e.into(),
        SalesError::UnknownArticles(_) | SalesError::Replay(_) => AppError::internal(e),
    }
}

/// Staff (or the main system) move an order on. The contact who placed it is emailed, in their
/// language, if they asked for it and the status or the parcels changed.
pub async fn update(
    gate: &Gate<'_>,
    id: SalesOrderId,
    expected_version: Option<i64>,
    update: SalesUpdate,
) -> AppResult<SalesOrder> {
    let state = gate.state;
    let order = gate.sales_order(Action::SalesOrderManage, id).await?;
    let status = update.status.unwrap_or(order.status);
    if status != order.status && !order.status.may_move_to(status) {
        return Err(AppError::Conflict("invalid_transition"));
    }
    let new_parcels: Vec<_> = update
        .parcels
        .iter()
        .filter(|(_, n)| !order.parcels.iter().any(|p| &p.tracking_number == n))
        .cloned()
        .collect();
    let news = status != order.status || !new_parcels.is_empty();
    let mail = match (order.notify && news, order.contact) {
        (true, Some(contact)) => {
            let c = state.db.contact(contact).await?;
            match Email::parse(&c.facts.email) {
                Ok(to) if c.active => {
                    let lang: Lang = c.facts.language.parse().unwrap_or_default();
                    let tr = Tr { lang };
                    let mut parcels: Vec<_> =
                        order.parcels.iter().map(|p| (p.carrier, p.tracking_number.clone())).collect();
                    parcels.extend(new_parcels.iter().cloned());
                    let url = format!("{}/customer/orders/{}", state.config.public_base(), order.id);
                    let delivery_note = update
                        .delivery_note_number
                        .as_ref()
                        .map(|d| d.as_str())
                        .or(order.delivery_note_number.as_deref());
                    let notice = tessera_mail::sales::OrderNotice {
                        name: &c.facts.name,
                        number: &order.number,
                        customer_ref: order.customer_ref.as_deref(),
                        status: tr.t(&status.message_id()),
                        delivery_note_number: delivery_note,
                        parcels: parcels
                            .iter()
                            .map(|(carrier, n)| {
                                (carrier.label().to_owned(), n.as_str().to_owned(), carrier.tracking_url(n))
                            })
                            .collect(),
                        url: &url,
                    };
                    Some(tessera_mail::sales::order_changed(&to, lang, &notice).map_err(AppError::internal)?)
                }
                _ => None,
            }
        }
        _ => None,
    };
    let detail = Some(format!(
        "status={}{}{}",
        status.as_str(),
        update.delivery_note_number.as_ref().map(|d| format!(" delivery_note={}", d.as_str())).unwrap_or_default(),
        new_parcels.iter().map(|(c, n)| format!(" parcel={}:{}", c.as_str(), n.as_str())).collect::<String>()
    ));
    let event = gate.event("sales_order.update", Some(format!("sales_order:{id}")), detail);
    let actor = gate.ctx.actor().unwrap_or_else(|| "-".into());
    state
        .db
        .update_sales_order(id, expected_version, &update, &actor, state.clock.now(), &event, mail.as_ref())
        .await
        .map_err(sales_error)
}
