//! The facts behind a supplier's scorecard, loaded in a fixed number of queries.
use crate::entity::{complaint, date_answer, delivery, delivery_line, purchase_order as po};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{HashMap, HashSet};
use tessera_domain::delivery::DeliveryStatus;
use tessera_domain::ids::PartyId;
use tessera_domain::number::Count;
use tessera_domain::scorecard::{DateResponse, ReceivedDelivery};

fn count(col: &str, s: &str) -> Result<Decimal, DbError> {
    s.parse::<Count>().map(Count::get).map_err(|_| corrupt(col, s))
}

impl Db {
    /// A supplier's received deliveries (each with whether a complaint was raised on it) and
    /// its sent orders with the time of the first date answer.
    pub async fn scorecard_facts(
        &self,
        party: PartyId,
    ) -> Result<(Vec<(ReceivedDelivery, bool)>, Vec<DateResponse>), DbError> {
        let orders: HashMap<i64, po::Model> = po::Entity::find()
            .filter(po::Column::PartyId.eq(party.get()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let received = delivery::Entity::find()
            .filter(delivery::Column::PartyId.eq(party.get()))
            .filter(delivery::Column::Kind.eq("delivery"))
            .filter(delivery::Column::Status.eq(DeliveryStatus::Received.as_str()))
            .all(self.conn())
            .await?;
        let ids: Vec<i64> = received.iter().map(|d| d.id).collect();
        let mut lines: HashMap<i64, Vec<(Decimal, Decimal)>> = HashMap::new();
        for l in delivery_line::Entity::find()
            .filter(delivery_line::Column::DeliveryId.is_in(ids.clone()))
            .all(self.conn())
            .await?
        {
            let declared = count("delivery_lines.quantity", &l.quantity)?;
            let checked = match &l.checked_quantity {
                Some(c) => count("delivery_lines.checked_quantity", c)?,
                None => declared,
            };
            lines.entry(l.delivery_id).or_default().push((declared, checked));
        }
        let complained: HashSet<i64> = complaint::Entity::find()
            .filter(complaint::Column::DeliveryId.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|c| c.delivery_id)
            .collect();
        let deliveries = received
            .into_iter()
            .map(|d| {
                let order = d.order_id.and_then(|o| orders.get(&o));
                let fact = ReceivedDelivery {
                    arrived: d.received_at.map(|t| t.date_naive()).unwrap_or(d.delivery_date),
                    due: order.and_then(|o| o.confirmed_date.or(o.requested_date)),
                    lines: lines.remove(&d.id).unwrap_or_default(),
                };
                (fact, complained.contains(&d.id))
            })
            .collect();
        let sent: Vec<i64> = orders.values().filter(|o| o.sent_at.is_some()).map(|o| o.id).collect();
        let mut first: HashMap<i64, DateTime<Utc>> = HashMap::new();
        for a in date_answer::Entity::find().filter(date_answer::Column::OrderId.is_in(sent)).all(self.conn()).await? {
            let e = first.entry(a.order_id).or_insert(a.created_at);
            if a.created_at < *e {
                *e = a.created_at;
            }
        }
        let responses = orders
            .values()
            .filter_map(|o| o.sent_at.map(|sent_at| DateResponse { sent_at, answered_at: first.get(&o.id).copied() }))
            .collect();
        Ok((deliveries, responses))
    }
}
