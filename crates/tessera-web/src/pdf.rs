//! An order as a PDF: A4, the supplier, number, dates, contract and work order, then the lines
//! with quantities, prices and the total; every label in the reader's language from the
//! catalogues. DejaVu Sans is embedded (subset by krilla), so Polish and German letters render
//! the same everywhere. Long orders continue on further pages, the table header repeated.
use crate::error::AppError;
use crate::tr::Tr;
use chrono::NaiveDate;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use tessera_db::orders::Order;

static REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 48.0;
const ROW: f32 = 17.0;
/// Where the table may go down to before a new page starts (room for the footer).
const BOTTOM: f32 = PAGE_H - MARGIN - 30.0;

struct Face {
    font: Font,
    bytes: &'static [u8],
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Self, AppError> {
        let font = Font::new(bytes.into(), 0).ok_or_else(|| AppError::internal("the embedded font does not load"))?;
        Ok(Self { font, bytes })
    }

    /// The glyphs of a text, one per character with the font's advance (Latin scripts need no
    /// shaping beyond that; DejaVu has the precomposed Polish and German letters).
    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let Ok(f) = skrifa::FontRef::new(self.bytes) else {
            return Vec::new();
        };
        let charmap = f.charmap();
        // At size 1 the advances are in em, as krilla wants them.
        let metrics = f.glyph_metrics(Size::new(1.0), LocationRef::default());
        text.char_indices()
            .map(|(i, c)| {
                let gid = charmap.map(c).unwrap_or_default();
                let advance = metrics.advance_width(gid).unwrap_or(0.0);
                KrillaGlyph::new(GlyphId::new(gid.to_u32()), advance, 0.0, 0.0, 0.0, i..i + c.len_utf8(), None)
            })
            .collect()
    }

    /// The width of a text at a size, from the font's advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        self.glyphs(text).iter().map(|g| g.x_advance).sum::<f32>() * size
    }

    /// The text, shortened with "…" to fit a width.
    fn fit(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let mut s: String = text.to_owned();
        while !s.is_empty() && self.width(&format!("{s}…"), size) > width {
            s.pop();
        }
        format!("{}…", s.trim_end())
    }
}

struct Pen<'a, 'b> {
    s: &'a mut Surface<'b>,
}

impl Pen<'_, '_> {
    fn text(&mut self, face: &Face, x: f32, y: f32, size: f32, text: &str) {
        let glyphs = face.glyphs(text);
        self.s.draw_glyphs(Point::from_xy(x, y), &glyphs, face.font.clone(), text, size, false);
    }

    fn right(&mut self, face: &Face, right: f32, y: f32, size: f32, text: &str) {
        let w = face.width(text, size);
        self.text(face, right - w, y, size, text);
    }

    fn color(&mut self, r: u8, g: u8, b: u8) {
        self.s.set_fill(Some(Fill { paint: rgb::Color::new(r, g, b).into(), ..Default::default() }));
    }

    fn rule(&mut self, y: f32, thickness: f32) {
        let mut pb = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(MARGIN, y, PAGE_W - 2.0 * MARGIN, thickness) {
            pb.push_rect(rect);
        }
        if let Some(path) = pb.finish() {
            self.s.draw_path(&path);
        }
    }
}

/// The table's columns: label id, left edge, right edge, right-aligned.
const COLS: [(&str, f32, f32, bool); 7] = [
    ("#", MARGIN, MARGIN + 20.0, false),
    ("item-number", MARGIN + 22.0, MARGIN + 92.0, false),
    ("item-name", MARGIN + 94.0, MARGIN + 262.0, false),
    ("line-quantity", MARGIN + 264.0, MARGIN + 322.0, true),
    ("item-unit", MARGIN + 328.0, MARGIN + 372.0, false),
    ("line-unit-price", MARGIN + 374.0, MARGIN + 424.0, true),
    ("line-value", MARGIN + 426.0, PAGE_W - MARGIN, true),
];

fn table_header(pen: &mut Pen<'_, '_>, bold: &Face, tr: Tr, y: f32) -> f32 {
    pen.color(0x1f, 0x2a, 0x37);
    for (id, left, right, num) in COLS {
        let label = if id == "#" { "#".to_owned() } else { tr.t(id) };
        let label = bold.fit(&label, 7.5, right - left);
        if num {
            pen.right(bold, right, y, 7.5, &label);
        } else {
            pen.text(bold, left, y, 7.5, &label);
        }
    }
    pen.color(0x9a, 0xa4, 0xb1);
    pen.rule(y + 5.0, 0.8);
    y + ROW
}

/// The order as a PDF in the reader's language.
pub fn order_pdf(o: &Order, tr: Tr, generated: NaiveDate) -> Result<Vec<u8>, AppError> {
    let regular = Face::load(REGULAR)?;
    let bold = Face::load(BOLD)?;
    let title = tr.t1("pdf-title", "number", &o.summary.number);

    // The rows first, so the number of pages is known for the footer.
    let rows: Vec<[String; 7]> = o
        .lines
        .iter()
        .map(|l| {
            [
                l.position.to_string(),
                l.item_order_number.clone(),
                l.item_name.clone(),
                tr.qty(&l.quantity),
                l.unit.clone().unwrap_or_default(),
                tr.money_opt(&l.unit_price),
                tr.money_opt(&l.value),
            ]
        })
        .collect();
    let facts = facts(o, tr);
    let top = MARGIN + 12.0;
    let facts_y = top + 40.0 + 56.0;
    let first_table_y =
        facts_y + 30.0 * facts.len().div_ceil(2) as f32 + 16.0 + if o.note.is_some() { 32.0 } else { 0.0 };
    let chunks = split(rows.len(), first_table_y, top);
    let pages = chunks.len();

    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(title.clone()).language(tr.code().to_owned()).creator("Tessera".to_owned()));
    for (page_no, &(from, to)) in (1..).zip(&chunks) {
        let settings =
            PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| AppError::internal("A4 is not a page size"))?;
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        let mut pen = Pen { s: &mut surface };
        let mut y = top;
        pen.color(0x1f, 0x2a, 0x37);
        if page_no == 1 {
            pen.text(&bold, MARGIN, y + 8.0, 18.0, &title);
            y += 40.0;
            // The supplier.
            pen.color(0x5b, 0x66, 0x73);
            pen.text(&regular, MARGIN, y, 8.0, &tr.t("pdf-supplier"));
            pen.color(0x1f, 0x2a, 0x37);
            pen.text(&bold, MARGIN, y + 15.0, 11.0, &o.summary.party_name);
            pen.text(&regular, MARGIN, y + 29.0, 9.0, &tr.t1("pdf-code", "code", &o.party_code));
            // The facts, two columns.
            let col_w = (PAGE_W - 2.0 * MARGIN) / 2.0;
            for (i, (label, value)) in facts.iter().enumerate() {
                let x = MARGIN + col_w * (i % 2) as f32;
                let fy = facts_y + 30.0 * (i / 2) as f32;
                pen.color(0x5b, 0x66, 0x73);
                pen.text(&regular, x, fy, 8.0, label);
                pen.color(0x1f, 0x2a, 0x37);
                pen.text(&regular, x, fy + 13.0, 10.0, &regular.fit(value, 10.0, col_w - 10.0));
            }
            if let Some(n) = &o.note {
                let ny = first_table_y - 32.0;
                pen.color(0x5b, 0x66, 0x73);
                pen.text(&regular, MARGIN, ny, 8.0, &tr.t("order-note"));
                pen.color(0x1f, 0x2a, 0x37);
                pen.text(&regular, MARGIN, ny + 13.0, 10.0, &regular.fit(n, 10.0, PAGE_W - 2.0 * MARGIN));
            }
            y = first_table_y;
        }
        y = table_header(&mut pen, &bold, tr, y);
        pen.color(0x1f, 0x2a, 0x37);
        for row in rows.get(from..to).unwrap_or_default() {
            for ((_, left, right, num), cell) in COLS.iter().zip(row) {
                let cell = regular.fit(cell, 9.0, right - left);
                if *num {
                    pen.right(&regular, *right, y, 9.0, &cell);
                } else {
                    pen.text(&regular, *left, y, 9.0, &cell);
                }
            }
            y += ROW;
        }
        if page_no == pages {
            pen.color(0x9a, 0xa4, 0xb1);
            pen.rule(y - ROW + 5.0, 0.8);
            pen.color(0x1f, 0x2a, 0x37);
            let total = format!("{} {}", tr.money(&o.total()), o.summary.currency);
            pen.text(&bold, COLS[2].1, y + 4.0, 10.0, &tr.t("order-total"));
            pen.right(&bold, PAGE_W - MARGIN, y + 4.0, 10.0, &total);
        }
        // Footer.
        pen.color(0x5b, 0x66, 0x73);
        let foot_y = PAGE_H - MARGIN + 8.0;
        pen.text(&regular, MARGIN, foot_y, 7.5, &tr.t1("pdf-generated", "date", tr.date(&generated)));
        let page_label = tessera_i18n::message(
            tr.lang,
            "pdf-page",
            &[("page", tessera_i18n::Arg::from(page_no as u64)), ("pages", tessera_i18n::Arg::from(pages as u64))],
        );
        pen.right(&regular, PAGE_W - MARGIN, foot_y, 7.5, &page_label);
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| AppError::internal(format!("{e:?}")))
}

fn facts(o: &Order, tr: Tr) -> Vec<(String, String)> {
    let mut facts: Vec<(String, String)> = vec![
        (tr.t("orders-date"), tr.date(&o.summary.order_date)),
        (tr.t("orders-requested"), tr.date_opt(&o.summary.requested_date)),
        (
            tr.t("order-confirmed-date"),
            match &o.summary.confirmed_date {
                Some(d) => tr.date(d),
                None => tr.t("order-not-confirmed"),
            },
        ),
        (tr.t("order-currency"), o.summary.currency.clone()),
    ];
    if let Some(w) = &o.work_order {
        let mut contract = format!("{} · {}", w.contract_number, w.contract_name);
        if let Some(s) = &w.contract_scope {
            contract.push_str(" · ");
            contract.push_str(s);
        }
        facts.push((tr.t("order-contract"), contract));
        facts.push((tr.t("order-work-order"), w.name.clone()));
    }
    facts
}

/// The rows of each page, `[from, to)`: the first page's table starts at `first_y`, the next
/// ones at `top`; the last page keeps room for the total.
fn split(rows: usize, first_y: f32, top: f32) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut from, mut y) = (0, first_y + ROW);
    loop {
        let mut to = from;
        while to < rows {
            let last = to + 1 == rows;
            if y > BOTTOM - ROW * if last { 2.0 } else { 1.0 } {
                break;
            }
            y += ROW;
            to += 1;
        }
        out.push((from, to));
        // A page that took no row while rows remain would repeat forever: only the first
        // page can be that full, and the next ones start higher.
        if to >= rows || (to == from && out.len() > 1) {
            break;
        }
        from = to;
        y = top + ROW;
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use tessera_db::catalog::WorkOrder;
    use tessera_db::orders::{OrderLine, OrderSummary};
    use tessera_domain::ids::{ContractId, ItemId, OrderId, OrderLineId, PartyId, WorkOrderId};
    use tessera_domain::order::OrderStatus;

    fn sample(lines: usize) -> Order {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        Order {
            summary: OrderSummary {
                id: OrderId::new(7),
                number: "ZAM/7/2026".into(),
                party_id: PartyId::new(1),
                party_name: "Zakład Łączników „Żuraw” Sp. z o.o.".into(),
                order_date: d(11, 16),
                requested_date: Some(d(12, 7)),
                confirmed_date: None,
                status: OrderStatus::Sent,
                currency: "PLN".into(),
            },
            party_code: "11587".into(),
            note: Some("Dostawa na plac budowy, brama nr 2 — proszę dzwonić.".into()),
            work_order: Some(WorkOrder {
                id: WorkOrderId::new(1),
                contract_id: ContractId::new(1),
                contract_number: "5X340".into(),
                contract_name: "AW-12 Kraków".into(),
                contract_scope: Some("MK-1".into()),
                name: "MK-1 - element nośny".into(),
            }),
            version: 1,
            created_at: now,
            updated_at: now,
            lines: (1..=lines)
                .map(|i| OrderLine {
                    id: OrderLineId::new(i as i64),
                    position: i as i32,
                    item_id: Some(ItemId::new(1)),
                    item_name: if i == 2 {
                        "PŁYTA SZALUNKOWA 2,5x0,5 ŚREDNIA ŻÓŁTA Z BARDZO DŁUGĄ NAZWĄ".into()
                    } else {
                        "KOTWA M16 ocynkowana".into()
                    },
                    item_order_number: format!("P1991{i:02}"),
                    unit: Some("SZT".into()),
                    unit_price: Some("1234.50".parse().unwrap()),
                    quantity: "1250.5".parse().unwrap(),
                    value: Some("1543741.73".parse().unwrap()),
                })
                .collect(),
        }
    }

    #[test]
    fn an_order_renders_as_a_pdf_with_its_polish_letters() {
        for (n, lang) in [(3, tessera_i18n::Lang::Pl), (90, tessera_i18n::Lang::De)] {
            let pdf = order_pdf(&sample(n), Tr { lang }, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()).unwrap();
            assert!(pdf.starts_with(b"%PDF-"));
            // Inspect by eye: TESSERA_PDF_SAMPLE=/tmp/order cargo test -p tessera-web --lib pdf
            if let Some(out) = std::env::var_os("TESSERA_PDF_SAMPLE") {
                let mut path = std::path::PathBuf::from(out);
                path.set_extension(format!("{n}.pdf"));
                std::fs::write(path, &pdf).unwrap();
            }
        }
    }

    #[test]
    fn long_orders_continue_on_further_pages() {
        assert_eq!(split(0, 300.0, 60.0), vec![(0, 0)]);
        assert_eq!(split(3, 300.0, 60.0), vec![(0, 3)]);
        let pages = split(120, 300.0, 60.0);
        assert!(pages.len() >= 3, "{pages:?}");
        assert_eq!(pages.first().map(|p| p.0), Some(0));
        assert_eq!(pages.last().map(|p| p.1), Some(120));
        assert!(pages.windows(2).all(|w| w[0].1 == w[1].0));
    }
}
