//! A supplier's scorecard: in the back office on the supplier's page, and in the portal for a
//! link to the whole supplier. The chart is SVG drawn on the server.
use super::{Layout, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use chrono::NaiveDate;
use tessera_domain::ids::PartyId;
use tessera_domain::policy::{Action, Target};
use tessera_domain::scorecard::{Ratio, Scorecard, scorecard};

/// Months shown in the chart.
pub const MONTHS: u32 = 12;

/// One month's bar of the on-time chart, sized on the server.
pub struct MonthBar {
    pub month: NaiveDate,
    pub ratio: Ratio,
    pub x: u64,
    pub y: u64,
    pub height: u64,
}

/// What the scorecard include needs.
pub struct ScorecardView {
    pub s: Scorecard,
    pub bars: Vec<MonthBar>,
}

/// Height of the chart's plot area in SVG units (100 % = this many).
const PLOT: u64 = 120;
const TOP: u64 = 10;

impl ScorecardView {
    pub async fn load(state: &AppState, party: PartyId) -> AppResult<Self> {
        let (deliveries, responses) = state.db.scorecard_facts(party).await?;
        let s = scorecard(&deliveries, &responses, state.clock.now().date_naive(), MONTHS);
        let bars = s
            .months
            .iter()
            .enumerate()
            .map(|(i, (month, ratio))| {
                let height = ratio.percent().map(|p| p * PLOT / 100).unwrap_or(0);
                MonthBar { month: *month, ratio: *ratio, x: 40 + i as u64 * 40, y: TOP + PLOT - height, height }
            })
            .collect();
        Ok(Self { s, bars })
    }
}

#[derive(Template)]
#[template(path = "portal_scorecard.html")]
struct PortalPage {
    l: Layout,
    sc: ScorecardView,
}

/// The supplier's own scorecard, for a link to the whole supplier.
pub async fn portal(State(state): State<AppState>, ctx: Ctx) -> AppResult<Html<String>> {
    let party = ctx.link.as_ref().map(|l| l.party_id).ok_or(AppError::Unauthenticated)?;
    Gate::new(&state, &ctx).check(Action::PortalOrderView, Target::Party(party)).await?;
    let sc = ScorecardView::load(&state, party).await?;
    let l = Layout::new(&ctx, ctx.tr().t("scorecard-title"), "portal", "/portal/scorecard");
    html(&PortalPage { l, sc })
}
