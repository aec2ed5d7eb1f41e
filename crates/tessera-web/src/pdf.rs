//! An order as a PDF: A4, the supplier, number, dates, contract and work order, then the lines
//! with quantities, prices and the total; every label in the reader's language from the
//! catalogues. DejaVu Sans is embedded (subset by krilla), so Polish and German letters render
//! the same everywhere. Long orders continue on further pages, the table header repeated.
//!
//! A service job's (or inspection's) report the same way: the job, the request it answers, the
//! technician's notes and the filled checklist, long texts wrapped and continued on further pages.
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
use tessera_db::service::{ServiceJobRow, ServiceRequestRow};
use tessera_domain::work_order::{CheckKind, CheckResult};

static REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 48.0;
const ROW: f32 = 17.0;
/// Where the table may go down to before a new page starts (room for the footer).
const BOTTOM: f32 = PAGE_H - MARGIN - 30.0;
/// Where a page's content starts.
const TOP: f32 = MARGIN + 12.0;
/// The width between the margins.
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;

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

    fn ink(&mut self, ink: Ink) {
        match ink {
            Ink::Dark => self.color(0x1f, 0x2a, 0x37),
            Ink::Muted => self.color(0x5b, 0x66, 0x73),
            Ink::Rule => self.color(0x9a, 0xa4, 0xb1),
            Ink::Alert => self.color(0xa3, 0x1d, 0x1d),
        }
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
    let top = TOP;
    let facts_y = top + 40.0 + 56.0;
    let first_table_y =
        facts_y + 30.0 * facts.len().div_ceil(2) as f32 + 16.0 + if o.note.is_some() { 32.0 } else { 0.0 };
    let chunks = split(rows.len(), first_table_y, top);
    let pages = chunks.len();

    let mut doc = document(&title, tr);
    for (page_no, &(from, to)) in (1..).zip(&chunks) {
        let mut page = doc.start_page_with(a4()?);
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
        footer(&mut pen, &regular, tr, generated, page_no, pages);
        surface.finish();
        page.finish();
    }
    finish(doc)
}

/// A new document with its title, language and creator.
fn document(title: &str, tr: Tr) -> Document {
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new().title(title.to_owned()).language(tr.code().to_owned()).creator("Tessera".to_owned()),
    );
    doc
}

fn a4() -> Result<PageSettings, AppError> {
    PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| AppError::internal("A4 is not a page size"))
}

/// The foot of a page: when the document was generated, and page x of y.
fn footer(pen: &mut Pen<'_, '_>, regular: &Face, tr: Tr, generated: NaiveDate, page_no: usize, pages: usize) {
    pen.color(0x5b, 0x66, 0x73);
    let foot_y = PAGE_H - MARGIN + 8.0;
    pen.text(regular, MARGIN, foot_y, 7.5, &tr.t1("pdf-generated", "date", tr.date(&generated)));
    let page_label = tessera_i18n::message(
        tr.lang,
        "pdf-page",
        &[("page", tessera_i18n::Arg::from(page_no as u64)), ("pages", tessera_i18n::Arg::from(pages as u64))],
    );
    pen.right(regular, PAGE_W - MARGIN, foot_y, 7.5, &page_label);
}

fn finish(doc: Document) -> Result<Vec<u8>, AppError> {
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

/// A text in lines that fit `width` at `size`: words go to the next line whole, a word longer
/// than a line is cut, and the text's own line breaks are kept (an empty line stays empty).
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if face.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone on the line, cut where it is longer than a line.
            for c in word.chars() {
                line.push(c);
                if line.chars().nth(1).is_some() && face.width(&line, size) > width {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// [`wrap`], at most `max` lines: the last one kept ends in "…" when there was more.
fn wrap_at_most(face: &Face, text: &str, size: f32, width: f32, max: usize) -> Vec<String> {
    let mut lines = wrap(face, text, size, width);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = face.fit(&format!("{}…", last.trim_end()), size, width);
        }
    }
    lines
}

/// A colour of the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ink {
    Dark,
    Muted,
    Rule,
    /// A failed item.
    Alert,
}

/// One thing drawn on a page: a report is laid out first, so the number of pages is known for
/// the footer, then drawn.
#[derive(Debug)]
enum Mark {
    Text { bold: bool, ink: Ink, x: f32, y: f32, size: f32, text: String },
    Rule { ink: Ink, y: f32, thickness: f32 },
}

/// The inspection's columns: label id, left edge, right edge.
const CHECK_COLS: [(&str, f32, f32); 4] = [
    ("inspection-item", MARGIN, MARGIN + 160.0),
    ("inspection-result", MARGIN + 166.0, MARGIN + 248.0),
    ("inspection-value", MARGIN + 254.0, MARGIN + 342.0),
    ("inspection-comment", MARGIN + 348.0, PAGE_W - MARGIN),
];
/// From one line of a table's cell to the next.
const CELL_LINE: f32 = 11.0;
/// At most this many lines in a cell (a comment may be long).
const CELL_LINES: usize = 20;
/// From one line of a paragraph to the next.
const LINE: f32 = 13.0;

/// A report flowing down its pages: `y` is where the next baseline goes; a new page starts at
/// [`TOP`] when what comes next would pass [`BOTTOM`].
struct Flow<'f> {
    regular: &'f Face,
    bold: &'f Face,
    pages: Vec<Vec<Mark>>,
    y: f32,
}

impl Flow<'_> {
    /// Room for what reaches `below` under the current baseline: a new page when it would pass
    /// the bottom. Whether a page was started.
    fn room(&mut self, below: f32) -> bool {
        if self.y + below <= BOTTOM {
            return false;
        }
        self.pages.push(Vec::new());
        self.y = TOP;
        true
    }

    fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    fn text(&mut self, bold: bool, ink: Ink, x: f32, y: f32, size: f32, text: String) {
        if !text.is_empty() {
            self.mark(Mark::Text { bold, ink, x, y, size, text });
        }
    }

    fn rule(&mut self, y: f32, thickness: f32) {
        self.mark(Mark::Rule { ink: Ink::Rule, y, thickness });
    }

    /// A title in large letters, wrapped.
    fn title(&mut self, title: &str) {
        self.y += 8.0;
        for line in wrap(self.bold, title, 18.0, CONTENT_W) {
            self.room(0.0);
            self.text(true, Ink::Dark, MARGIN, self.y, 18.0, line);
            self.y += 22.0;
        }
        self.y += 10.0;
    }

    /// A small label, and under it a name in bold.
    fn party(&mut self, label: String, name: &str) {
        self.room(15.0);
        self.text(false, Ink::Muted, MARGIN, self.y, 8.0, label);
        let name = self.bold.fit(name, 11.0, CONTENT_W);
        self.text(true, Ink::Dark, MARGIN, self.y + 15.0, 11.0, name);
        self.y += 40.0;
    }

    /// Facts in two columns: a small label, and under it the value, shortened to fit.
    fn facts(&mut self, facts: &[(String, String)]) {
        let col_w = CONTENT_W / 2.0;
        for pair in facts.chunks(2) {
            self.room(13.0);
            for (i, (label, value)) in pair.iter().enumerate() {
                let x = MARGIN + col_w * i as f32;
                self.text(false, Ink::Muted, x, self.y, 8.0, label.clone());
                let value = self.regular.fit(value, 10.0, col_w - 10.0);
                self.text(false, Ink::Dark, x, self.y + 13.0, 10.0, value);
            }
            self.y += 30.0;
        }
    }

    /// A small label, and under it a text over as many lines as it takes, on the next page
    /// when it must.
    fn paragraph(&mut self, label: String, text: &str) {
        // The label stays with the text's first line.
        self.room(13.0);
        self.text(false, Ink::Muted, MARGIN, self.y, 8.0, label);
        self.y += 13.0;
        for (i, line) in wrap(self.regular, text, 10.0, CONTENT_W).into_iter().enumerate() {
            if i > 0 {
                self.room(0.0);
            }
            self.text(false, Ink::Dark, MARGIN, self.y, 10.0, line);
            self.y += LINE;
        }
        self.y += 30.0 - LINE;
    }

    /// A section's heading, kept with at least a line under it.
    fn heading(&mut self, text: String) {
        self.room(24.0 + LINE);
        self.text(true, Ink::Dark, MARGIN, self.y, 12.0, text);
        self.rule(self.y + 6.0, 0.5);
        self.y += 24.0;
    }

    /// One line of text, in bold or not.
    fn line(&mut self, bold: bool, ink: Ink, text: &str) {
        self.room(0.0);
        let face = if bold { self.bold } else { self.regular };
        let text = face.fit(text, 10.0, CONTENT_W);
        self.text(bold, ink, MARGIN, self.y, 10.0, text);
        self.y += 24.0;
    }

    fn check_header(&mut self, tr: Tr) {
        for (id, left, right) in CHECK_COLS {
            let label = self.bold.fit(&tr.t(id), 7.5, right - left);
            self.text(true, Ink::Dark, left, self.y, 7.5, label);
        }
        self.rule(self.y + 5.0, 0.8);
        self.y += ROW;
    }

    /// A row of the inspection's table, its cells wrapped; the table header is repeated on a
    /// new page.
    fn check_row(&mut self, tr: Tr, cells: [(String, Ink); 4]) {
        let wrapped: Vec<(Vec<String>, Ink)> = CHECK_COLS
            .iter()
            .zip(cells)
            .map(|((_, left, right), (text, ink))| {
                (wrap_at_most(self.regular, &text, 9.0, right - left, CELL_LINES), ink)
            })
            .collect();
        let lines = wrapped.iter().map(|(l, _)| l.len()).max().unwrap_or(1).max(1);
        let height = CELL_LINE * (lines - 1) as f32;
        if self.room(height) {
            self.check_header(tr);
        }
        for ((_, left, _), (cell, ink)) in CHECK_COLS.iter().zip(wrapped) {
            for (i, line) in cell.into_iter().enumerate() {
                self.text(false, ink, *left, self.y + CELL_LINE * i as f32, 9.0, line);
            }
        }
        self.rule(self.y + height + 5.0, 0.3);
        self.y += height + ROW;
    }
}

/// A service job's (or inspection's) report as a PDF in the reader's language.
pub fn service_report_pdf(
    job: &ServiceJobRow,
    request: Option<&ServiceRequestRow>,
    tr: Tr,
    generated: NaiveDate,
) -> Result<Vec<u8>, AppError> {
    let regular = Face::load(REGULAR)?;
    let bold = Face::load(BOLD)?;
    let title = tr.t1("service-report-title", "title", &job.title);

    let mut flow = Flow { regular: &regular, bold: &bold, pages: vec![Vec::new()], y: TOP };
    flow.title(&title);
    flow.party(tr.t("service-report-customer"), &job.customer_name);
    let mut facts = vec![(tr.t("work-order-site"), job.site.clone())];
    if let Some(a) = &job.asset {
        facts.push((tr.t("work-order-asset"), format!("{} · {}", a.code, a.name)));
    }
    facts.push((tr.t("service-report-planned"), tr.date(&job.planned_for)));
    if let Some(t) = &job.technician {
        facts.push((tr.t("service-report-technician"), t.clone()));
    }
    facts.push((tr.t("service-report-status"), tr.t1("service-job-status", "status", job.status.as_str())));
    if let Some(at) = &job.done_at {
        facts.push((tr.t("service-report-done"), tr.datetime(at)));
    }
    flow.facts(&facts);

    if let Some(r) = request {
        flow.facts(&[(tr.t("service-report-request"), r.reference.clone())]);
        if !r.description.trim().is_empty() {
            flow.paragraph(tr.t("service-report-description"), &r.description);
        }
    }
    if let Some(n) = job.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        flow.paragraph(tr.t("service-report-notes"), n);
    }

    if !job.checklist.is_empty() {
        flow.y += 10.0;
        flow.heading(tr.t("service-report-inspection"));
        match &job.answers {
            None => flow.line(false, Ink::Dark, &tr.t("service-report-not-inspected")),
            Some(answers) => {
                let mut facts = Vec::new();
                if let Some(by) = &job.confirmed_by {
                    facts.push((tr.t("service-report-confirmed-by"), by.clone()));
                }
                if let Some(at) = &job.inspected_at {
                    facts.push((tr.t("service-report-inspected-at"), tr.datetime(at)));
                }
                flow.facts(&facts);
                let failed = job.failed.unwrap_or_else(|| {
                    answers.iter().filter(|a| a.result == CheckResult::Fail).count().try_into().unwrap_or(i64::MAX)
                });
                let failed = u64::try_from(failed).unwrap_or(0);
                let ink = if failed > 0 { Ink::Alert } else { Ink::Dark };
                flow.line(true, ink, &tr.n("service-report-failed", "count", &failed));
                flow.room(ROW);
                flow.check_header(tr);
                for (i, item) in job.checklist.iter().enumerate() {
                    let answer = answers.get(i);
                    let result = answer.map(|a| a.result);
                    let value = match (&item.kind, answer.and_then(|a| a.measurement)) {
                        (CheckKind::Measurement { unit, .. }, Some(m)) => match unit.as_deref() {
                            Some(u) if !u.is_empty() => format!("{} {u}", tr.dec(&m)),
                            _ => tr.dec(&m),
                        },
                        _ => String::new(),
                    };
                    flow.check_row(
                        tr,
                        [
                            (item.label.to_string(), Ink::Dark),
                            (
                                // No answer (the checklist changed) reads as "not answered".
                                tr.t1("inspection-result-name", "result", result.map_or("", CheckResult::as_str)),
                                if result == Some(CheckResult::Fail) { Ink::Alert } else { Ink::Dark },
                            ),
                            (value, Ink::Dark),
                            (answer.and_then(|a| a.comment.clone()).unwrap_or_default(), Ink::Dark),
                        ],
                    );
                }
            }
        }
    }

    let pages = flow.pages;
    let count = pages.len();
    let mut doc = document(&title, tr);
    for (page_no, marks) in (1..).zip(&pages) {
        let mut page = doc.start_page_with(a4()?);
        let mut surface = page.surface();
        let mut pen = Pen { s: &mut surface };
        for mark in marks {
            match mark {
                Mark::Text { bold: b, ink, x, y, size, text } => {
                    pen.ink(*ink);
                    pen.text(if *b { &bold } else { &regular }, *x, *y, *size, text);
                }
                Mark::Rule { ink, y, thickness } => {
                    pen.ink(*ink);
                    pen.rule(*y, *thickness);
                }
            }
        }
        footer(&mut pen, &regular, tr, generated, page_no, count);
        surface.finish();
        page.finish();
    }
    finish(doc)
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

    fn request() -> ServiceRequestRow {
        let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        let id = tessera_domain::ids::ServiceRequestId::new(42);
        ServiceRequestRow {
            id,
            reference: tessera_domain::service::reference(id),
            customer: PartyId::new(3),
            customer_name: "Przedsiębiorstwo Wodociągów „Zdrój” S.A.".into(),
            asset: None,
            site: "Stacja uzdatniania wody, Łódź".into(),
            category: tessera_domain::service::Category::Defect,
            priority: tessera_domain::service::Priority::High,
            description: "Pompa nr 2 wyłącza się po kilku minutach pracy, zabezpieczenie termiczne zadziała \
                          za każdym razem.\n\nProszę o pilny przegląd rozdzielnicy i pomiar izolacji silnika."
                .into(),
            contact_name: "Józef Żółkiewski".into(),
            contact_email: Some("jozef@example.com".into()),
            contact_phone: None,
            preferred_time: None,
            status: tessera_domain::service::RequestStatus::Planned,
            language: "pl".into(),
            notify: true,
            reported_by: "contact:4".into(),
            summary: None,
            rating: None,
            rating_comment: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// A job with `items` checklist items (every second one a measurement in MΩ), filled or not.
    fn job(items: usize, filled: bool) -> ServiceJobRow {
        use tessera_domain::work_order::{CheckedAnswer, ChecklistItem};
        let now = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        let checklist: Vec<ChecklistItem> = (0..items)
            .map(|i| ChecklistItem {
                label: tessera_domain::text::Text::parse(&if i % 2 == 0 {
                    format!("Osłony i pokrywy zamontowane, oznakowanie czytelne ({i})")
                } else {
                    format!("Rezystancja izolacji silnika ({i})")
                })
                .unwrap(),
                kind: if i % 2 == 0 {
                    CheckKind::PassFail
                } else {
                    CheckKind::Measurement { unit: Some("MΩ".into()), min: Some(1.into()), max: None }
                },
            })
            .collect();
        let answers: Vec<CheckedAnswer> = (0..items)
            .map(|i| CheckedAnswer {
                result: if i == 1 { CheckResult::Fail } else { CheckResult::Pass },
                measurement: (i % 2 == 1)
                    .then(|| if i == 1 { "0.45".parse().unwrap() } else { "250.50".parse().unwrap() }),
                comment: (i == 1)
                    .then(|| "Izolacja uszkodzona przy skrzynce zaciskowej; silnik do przewinięcia.".into()),
            })
            .collect();
        let failed = answers.iter().filter(|a| a.result == CheckResult::Fail).count() as i64;
        ServiceJobRow {
            id: tessera_domain::ids::ServiceJobId::new(9),
            customer: PartyId::new(3),
            customer_name: "Przedsiębiorstwo Wodociągów „Zdrój” S.A.".into(),
            request: Some(tessera_domain::ids::ServiceRequestId::new(42)),
            plan: None,
            asset: Some(tessera_db::work::Asset {
                id: tessera_domain::ids::AssetId::new(5),
                code: "P-02".into(),
                name: "Pompa głębinowa Grundfos SP 17".into(),
                site: "Stacja uzdatniania wody, Łódź".into(),
                customer: Some(PartyId::new(3)),
            }),
            site: "Stacja uzdatniania wody, Łódź".into(),
            title: "Przegląd pompy P-02 i pomiar izolacji".into(),
            planned_for: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            technician: Some("Grzegorz Brzęczyszczykiewicz".into()),
            status: tessera_domain::service::JobStatus::Done,
            checklist,
            answers: (filled && items > 0).then_some(answers),
            confirmed_by: (filled && items > 0).then(|| "Grzegorz Brzęczyszczykiewicz".into()),
            failed: (filled && items > 0).then_some(failed),
            inspected_at: (filled && items > 0).then_some(now),
            notes: Some(
                "Silnik pompy zdemontowany i przekazany do przewinięcia.\n\
                 Pompa nr 1 pracuje w trybie ciągłym do czasu naprawy."
                    .into(),
            ),
            done_at: Some(now),
            created_at: now,
        }
    }

    /// The pages of a PDF: its `/Type/Page` objects (not `/Type/Pages`), written with or
    /// without the space (krilla writes none; objects are not compressed).
    fn page_count(pdf: &[u8]) -> usize {
        [&b"/Type/Page"[..], &b"/Type /Page"[..]]
            .iter()
            .map(|needle| {
                pdf.windows(needle.len() + 1).filter(|w| w.starts_with(needle) && w[needle.len()] != b's').count()
            })
            .sum()
    }

    #[test]
    fn a_service_report_renders_with_its_inspection() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        for lang in [tessera_i18n::Lang::Pl, tessera_i18n::Lang::En, tessera_i18n::Lang::De] {
            let tr = Tr { lang };
            let inspected = service_report_pdf(&job(2, true), Some(&request()), tr, day).unwrap();
            assert!(inspected.starts_with(b"%PDF-"));
            assert_eq!(page_count(&inspected), 1);
            let plain = service_report_pdf(&job(0, true), Some(&request()), tr, day).unwrap();
            assert!(plain.starts_with(b"%PDF-"));
            assert!(inspected.len() > plain.len(), "{} <= {}", inspected.len(), plain.len());
            let pending = service_report_pdf(&job(2, false), None, tr, day).unwrap();
            assert!(pending.starts_with(b"%PDF-"));
            let long = service_report_pdf(&job(60, true), Some(&request()), tr, day).unwrap();
            assert!(page_count(&long) >= 2, "{} pages", page_count(&long));
            // Inspect by eye: TESSERA_PDF_SAMPLE=/tmp/report cargo test -p tessera-web --lib pdf
            if let Some(out) = std::env::var_os("TESSERA_PDF_SAMPLE") {
                for (n, pdf) in [(2, &inspected), (60, &long)] {
                    let mut path = std::path::PathBuf::from(&out);
                    path.set_extension(format!("service.{lang}.{n}.pdf"));
                    std::fs::write(path, pdf).unwrap();
                }
            }
        }
    }

    #[test]
    fn long_orders_count_their_pages() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let tr = Tr { lang: tessera_i18n::Lang::En };
        assert_eq!(page_count(&order_pdf(&sample(3), tr, day).unwrap()), 1);
        assert!(page_count(&order_pdf(&sample(90), tr, day).unwrap()) >= 2);
    }

    #[test]
    fn texts_wrap_at_words_and_keep_their_line_breaks() {
        let face = Face::load(REGULAR).unwrap();
        let width = face.width("Zażółć gęślą jaźń", 10.0);
        let lines = wrap(&face, "Zażółć gęślą jaźń zażółć gęślą\n\njaźń", 10.0, width);
        assert_eq!(lines, ["Zażółć gęślą jaźń", "zażółć gęślą", "", "jaźń"]);
        let long = "x".repeat(200);
        let cut = wrap(&face, &long, 10.0, width);
        assert!(cut.len() > 1);
        assert!(cut.iter().all(|l| face.width(l, 10.0) <= width));
        assert_eq!(cut.concat(), long);
        assert!(wrap(&face, "", 10.0, width).is_empty());
        let few = wrap_at_most(&face, &"słowo ".repeat(100), 10.0, width, 3);
        assert_eq!(few.len(), 3);
        assert!(few.last().is_some_and(|l| l.ends_with('…')));
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
