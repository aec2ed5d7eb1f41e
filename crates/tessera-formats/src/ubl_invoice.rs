//! An invoice as an OASIS UBL 2.1 `Invoice`, in the element order of Peppol BIS Billing 3.0
//! (EN 16931). The input is a plain struct ([`UblInvoice`]): this crate does not know the
//! domain, so the caller fills it from a checked invoice, with the totals already computed.
//!
//! Amounts are written with two decimals (`1234.50`) and their `currencyID`; quantities, unit
//! prices and percentages without trailing zeros. The date the work was completed goes to
//! `cac:Delivery/cbc:ActualDeliveryDate`, where EN 16931 keeps it (BT-72). Text is escaped by
//! quick-xml; characters XML 1.0 cannot hold (control characters) are dropped.
use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use rust_decimal::{Decimal, RoundingStrategy};
use std::io::{self, Write};

pub const INVOICE_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
pub const CAC_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
pub const CBC_NS: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
pub const CUSTOMIZATION_ID: &str = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
pub const PROFILE_ID: &str = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
/// UNCL 1001: a commercial invoice.
pub const INVOICE_TYPE_CODE: &str = "380";

/// A party of the invoice: the subcontractor (supplier) or the company (customer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UblParty {
    pub name: String,
    /// The party's code in Tessera (`cac:PartyIdentification/cbc:ID`); left out when empty.
    pub party_id: String,
    /// The VAT number with its country prefix (`PL5260250995`).
    pub vat_id: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub postal_zone: Option<String>,
    /// ISO 3166-1 alpha-2 (`PL`).
    pub country_code: Option<String>,
}

/// One invoice line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UblLine {
    pub id: String,
    pub description: String,
    pub quantity: Decimal,
    /// A UN/ECE Rec 20 code (see [`unit_code`]).
    pub unit_code: String,
    pub unit_price: Decimal,
    pub net: Decimal,
    pub vat_percent: Decimal,
    /// The work order or delivery number the line is for.
    pub order_line_reference: Option<String>,
}

/// An invoice, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UblInvoice {
    pub id: String,
    pub issue_date: NaiveDate,
    pub due_date: Option<NaiveDate>,
    /// When the work was completed.
    pub service_date: Option<NaiveDate>,
    /// ISO 4217 (`PLN`).
    pub currency: String,
    /// What the buyer wants quoted, e.g. the contract number.
    pub buyer_reference: Option<String>,
    pub supplier: UblParty,
    pub customer: UblParty,
    pub lines: Vec<UblLine>,
    /// Per VAT rate: (percent, taxable amount, tax amount), in the order to be written.
    pub tax_subtotals: Vec<(Decimal, Decimal, Decimal)>,
    pub net_total: Decimal,
    pub tax_total: Decimal,
    pub gross_total: Decimal,
    pub note: Option<String>,
}

/// The UN/ECE Recommendation 20 code for a unit as people write it (`h`, `szt.`, `m²`…);
/// `C62` ("one") when the unit is not known. A Rec 20 code already (`HUR`) is kept.
pub fn unit_code(unit: &str) -> &'static str {
    let u = unit.trim().trim_end_matches('.').to_lowercase();
    match u.as_str() {
        "h" | "hr" | "hrs" | "hour" | "hours" | "godz" | "godzina" | "godziny" | "std" | "hur" => "HUR",
        "pcs" | "pc" | "szt" | "stk" | "piece" | "pieces" | "ea" | "each" | "h87" => "H87",
        "kg" | "kgm" => "KGM",
        "m" | "mb" | "mtr" => "MTR",
        "m2" | "m²" | "m^2" | "mtk" => "MTK",
        "m3" | "m³" | "m^3" | "mtq" => "MTQ",
        "l" | "ltr" | "litr" | "liter" | "litre" => "LTR",
        "t" | "tne" => "TNE",
        "day" | "days" | "dzień" | "dni" | "tag" | "tage" => "DAY",
        "set" | "sets" | "kpl" | "komplet" => "SET",
        _ => "C62",
    }
}

/// The invoice as UBL 2.1 XML, UTF-8.
pub fn write_invoice(inv: &UblInvoice) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_invoice_to(inv, &mut out);
    out
}

/// The invoice as UBL 2.1 XML, UTF-8, to any writer.
pub fn write_invoice_to<W: Write>(inv: &UblInvoice, out: W) -> io::Result<()> {
    let mut x = Xml { w: Writer::new_with_indent(out, b' ', 2), currency: clean(&inv.currency) };
    x.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let root = BytesStart::new("Invoice").with_attributes([
        ("xmlns", INVOICE_NS),
        ("xmlns:cac", CAC_NS),
        ("xmlns:cbc", CBC_NS),
    ]);
    x.w.write_event(Event::Start(root))?;
    x.text("cbc:CustomizationID", CUSTOMIZATION_ID)?;
    x.text("cbc:ProfileID", PROFILE_ID)?;
    x.text("cbc:ID", &inv.id)?;
    x.date("cbc:IssueDate", Some(inv.issue_date))?;
    x.date("cbc:DueDate", inv.due_date)?;
    x.text("cbc:InvoiceTypeCode", INVOICE_TYPE_CODE)?;
    x.opt("cbc:Note", inv.note.as_deref())?;
    x.text("cbc:DocumentCurrencyCode", &inv.currency)?;
    x.opt("cbc:BuyerReference", inv.buyer_reference.as_deref())?;
    x.open("cac:AccountingSupplierParty")?;
    x.party(&inv.supplier)?;
    x.close("cac:AccountingSupplierParty")?;
    x.open("cac:AccountingCustomerParty")?;
    x.party(&inv.customer)?;
    x.close("cac:AccountingCustomerParty")?;
    if inv.service_date.is_some() {
        x.open("cac:Delivery")?;
        x.date("cbc:ActualDeliveryDate", inv.service_date)?;
        x.close("cac:Delivery")?;
    }
    x.open("cac:TaxTotal")?;
    x.amount("cbc:TaxAmount", inv.tax_total)?;
    for &(percent, taxable, tax) in &inv.tax_subtotals {
        x.open("cac:TaxSubtotal")?;
        x.amount("cbc:TaxableAmount", taxable)?;
        x.amount("cbc:TaxAmount", tax)?;
        x.tax_category("cac:TaxCategory", percent)?;
        x.close("cac:TaxSubtotal")?;
    }
    x.close("cac:TaxTotal")?;
    x.open("cac:LegalMonetaryTotal")?;
    x.amount("cbc:LineExtensionAmount", inv.net_total)?;
    x.amount("cbc:TaxExclusiveAmount", inv.net_total)?;
    x.amount("cbc:TaxInclusiveAmount", inv.gross_total)?;
    x.amount("cbc:PayableAmount", inv.gross_total)?;
    x.close("cac:LegalMonetaryTotal")?;
    for line in &inv.lines {
        x.line(line)?;
    }
    x.close("Invoice")?;
    x.w.get_mut().flush()
}

/// Drops what XML 1.0 cannot hold: control characters other than tab and line breaks, and the
/// non-characters U+FFFE and U+FFFF.
fn clean(s: &str) -> String {
    s.chars().filter(|&c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')).collect()
}

/// Two decimals, half away from zero: `1234.50`.
fn format_amount(d: Decimal) -> String {
    let mut v = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    v.rescale(2);
    v.to_string()
}

/// Without trailing zeros: `2.5`, `10`.
fn format_plain(d: Decimal) -> String {
    d.normalize().to_string()
}

struct Xml<W: Write> {
    w: Writer<W>,
    currency: String,
}

impl<W: Write> Xml<W> {
    fn open(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::Start(BytesStart::new(name)))
    }

    fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn text(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.w.create_element(name).write_text_content(BytesText::new(&clean(value)))?;
        Ok(())
    }

    fn opt(&mut self, name: &str, value: Option<&str>) -> io::Result<()> {
        match value.map(str::trim) {
            Some(v) if !v.is_empty() => self.text(name, v),
            _ => Ok(()),
        }
    }

    fn date(&mut self, name: &str, value: Option<NaiveDate>) -> io::Result<()> {
        match value {
            Some(d) => self.text(name, &d.format("%Y-%m-%d").to_string()),
            None => Ok(()),
        }
    }

    fn amount(&mut self, name: &str, value: Decimal) -> io::Result<()> {
        self.w
            .create_element(name)
            .with_attribute(("currencyID", self.currency.as_str()))
            .write_text_content(BytesText::new(&format_amount(value)))?;
        Ok(())
    }

    fn tax_scheme(&mut self) -> io::Result<()> {
        self.open("cac:TaxScheme")?;
        self.text("cbc:ID", "VAT")?;
        self.close("cac:TaxScheme")
    }

    /// Standard rate `S`, or zero rated `Z` at 0%.
    fn tax_category(&mut self, name: &str, percent: Decimal) -> io::Result<()> {
        self.open(name)?;
        self.text("cbc:ID", if percent.is_zero() { "Z" } else { "S" })?;
        self.text("cbc:Percent", &format_plain(percent))?;
        self.tax_scheme()?;
        self.close(name)
    }

    fn party(&mut self, p: &UblParty) -> io::Result<()> {
        self.open("cac:Party")?;
        if !p.party_id.trim().is_empty() {
            self.open("cac:PartyIdentification")?;
            self.text("cbc:ID", p.party_id.trim())?;
            self.close("cac:PartyIdentification")?;
        }
        self.open("cac:PartyName")?;
        self.text("cbc:Name", &p.name)?;
        self.close("cac:PartyName")?;
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let (street, city, zone, country) =
            (given(&p.street), given(&p.city), given(&p.postal_zone), given(&p.country_code));
        if street.is_some() || city.is_some() || zone.is_some() || country.is_some() {
            self.open("cac:PostalAddress")?;
            self.opt("cbc:StreetName", street.as_deref())?;
            self.opt("cbc:CityName", city.as_deref())?;
            self.opt("cbc:PostalZone", zone.as_deref())?;
            if let Some(c) = country {
                self.open("cac:Country")?;
                self.text("cbc:IdentificationCode", &c.to_uppercase())?;
                self.close("cac:Country")?;
            }
            self.close("cac:PostalAddress")?;
        }
        if let Some(vat) = given(&p.vat_id) {
            self.open("cac:PartyTaxScheme")?;
            self.text("cbc:CompanyID", &vat)?;
            self.tax_scheme()?;
            self.close("cac:PartyTaxScheme")?;
        }
        self.open("cac:PartyLegalEntity")?;
        self.text("cbc:RegistrationName", &p.name)?;
        self.close("cac:PartyLegalEntity")?;
        self.close("cac:Party")
    }

    fn line(&mut self, l: &UblLine) -> io::Result<()> {
        self.open("cac:InvoiceLine")?;
        self.text("cbc:ID", &l.id)?;
        self.w
            .create_element("cbc:InvoicedQuantity")
            .with_attribute(("unitCode", clean(&l.unit_code).as_str()))
            .write_text_content(BytesText::new(&format_plain(l.quantity)))?;
        self.amount("cbc:LineExtensionAmount", l.net)?;
        if let Some(r) = l.order_line_reference.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            self.open("cac:OrderLineReference")?;
            self.text("cbc:LineID", r)?;
            self.close("cac:OrderLineReference")?;
        }
        self.open("cac:Item")?;
        self.text("cbc:Name", &l.description)?;
        self.tax_category("cac:ClassifiedTaxCategory", l.vat_percent)?;
        self.close("cac:Item")?;
        self.open("cac:Price")?;
        self.w
            .create_element("cbc:PriceAmount")
            .with_attribute(("currencyID", self.currency.as_str()))
            .write_text_content(BytesText::new(&format_plain(l.unit_price)))?;
        self.close("cac:Price")?;
        self.close("cac:InvoiceLine")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use quick_xml::events::Event as X;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn invoice() -> UblInvoice {
        UblInvoice {
            id: "FV/12/2026".into(),
            issue_date: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
            due_date: NaiveDate::from_ymd_opt(2026, 3, 24),
            service_date: NaiveDate::from_ymd_opt(2026, 3, 9),
            currency: "PLN".into(),
            buyer_reference: Some("UM/7/2026".into()),
            supplier: UblParty {
                name: "Kowalski & Syn <Instalacje>".into(),
                party_id: "SUB-0042".into(),
                vat_id: Some("PL5260250995".into()),
                street: Some("ul. Polna 1".into()),
                city: Some("Kraków".into()),
                postal_zone: Some("30-001".into()),
                country_code: Some("pl".into()),
            },
            customer: UblParty { name: "Tessera S.A.".into(), ..UblParty::default() },
            lines: vec![
                UblLine {
                    id: "1".into(),
                    description: "Montaż rur \"DN50\" & <uszczelnienie>".into(),
                    quantity: d("10.000"),
                    unit_code: unit_code("godz.").into(),
                    unit_price: d("45.5500"),
                    net: d("455.5"),
                    vat_percent: d("23.00"),
                    order_line_reference: Some("ZL/3/2026".into()),
                },
                UblLine {
                    id: "2".into(),
                    description: "Kształtki".into(),
                    quantity: d("2.50"),
                    unit_code: unit_code("szt").into(),
                    unit_price: d("10.01"),
                    net: d("25.03"),
                    vat_percent: d("8"),
                    order_line_reference: None,
                },
            ],
            tax_subtotals: vec![(d("23"), d("455.50"), d("104.77")), (d("8"), d("25.03"), d("2.0"))],
            net_total: d("480.53"),
            tax_total: d("106.77"),
            gross_total: d("587.3"),
            note: Some("Za prace z marca\u{1}".into()),
        }
    }

    #[derive(Debug)]
    struct El {
        name: String,
        attrs: Vec<(String, String)>,
        text: String,
        children: Vec<El>,
    }

    impl El {
        fn child(&self, name: &str) -> &El {
            self.children.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no <{name}> in <{}>", self.name))
        }
        fn at(&self, path: &[&str]) -> &El {
            path.iter().fold(self, |e, p| e.child(p))
        }
        fn all(&self, name: &str) -> Vec<&El> {
            self.children.iter().filter(|c| c.name == name).collect()
        }
        fn attr(&self, key: &str) -> &str {
            self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap()
        }
    }

    fn read(bytes: &[u8]) -> El {
        let mut r = quick_xml::Reader::from_reader(bytes);
        r.config_mut().trim_text(false);
        let mut stack = vec![El { name: String::new(), attrs: vec![], text: String::new(), children: vec![] }];
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf).unwrap() {
                X::Start(e) => {
                    let attrs = e
                        .attributes()
                        .map(|a| {
                            let a = a.unwrap();
                            let v = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned();
                            (String::from_utf8(a.key.as_ref().to_vec()).unwrap(), v)
                        })
                        .collect();
                    let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                    stack.push(El { name, attrs, text: String::new(), children: vec![] });
                }
                X::End(_) => {
                    let done = stack.pop().unwrap();
                    stack.last_mut().unwrap().children.push(done);
                }
                X::Text(t) => stack.last_mut().unwrap().text.push_str(&t.decode().unwrap()),
                X::GeneralRef(g) => {
                    let name = g.decode().unwrap();
                    let s = quick_xml::escape::unescape(&format!("&{name};")).unwrap().into_owned();
                    stack.last_mut().unwrap().text.push_str(&s);
                }
                X::Empty(_) => panic!("no empty elements expected"),
                X::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        let mut root = stack.pop().unwrap();
        assert_eq!(root.children.len(), 1);
        root.children.remove(0)
    }

    #[test]
    fn root_and_namespaces() {
        let bytes = write_invoice(&invoice());
        assert!(bytes.starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        let root = read(&bytes);
        assert_eq!(root.name, "Invoice");
        assert_eq!(root.attr("xmlns"), INVOICE_NS);
        assert_eq!(root.attr("xmlns:cac"), CAC_NS);
        assert_eq!(root.attr("xmlns:cbc"), CBC_NS);
    }

    #[test]
    fn top_level_follows_peppol_order() {
        let root = read(&write_invoice(&invoice()));
        let names: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cbc:CustomizationID",
                "cbc:ProfileID",
                "cbc:ID",
                "cbc:IssueDate",
                "cbc:DueDate",
                "cbc:InvoiceTypeCode",
                "cbc:Note",
                "cbc:DocumentCurrencyCode",
                "cbc:BuyerReference",
                "cac:AccountingSupplierParty",
                "cac:AccountingCustomerParty",
                "cac:Delivery",
                "cac:TaxTotal",
                "cac:LegalMonetaryTotal",
                "cac:InvoiceLine",
                "cac:InvoiceLine",
            ]
        );
        assert_eq!(root.child("cbc:CustomizationID").text, CUSTOMIZATION_ID);
        assert_eq!(root.child("cbc:ProfileID").text, PROFILE_ID);
        assert_eq!(root.child("cbc:InvoiceTypeCode").text, "380");
        assert_eq!(root.child("cbc:IssueDate").text, "2026-03-10");
        assert_eq!(root.at(&["cac:Delivery", "cbc:ActualDeliveryDate"]).text, "2026-03-09");
        assert_eq!(root.child("cbc:Note").text, "Za prace z marca");

        let mut bare = invoice();
        (bare.due_date, bare.service_date, bare.note, bare.buyer_reference) = (None, None, None, Some(" ".into()));
        let root = read(&write_invoice(&bare));
        let names: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
        assert!(!names.iter().any(|n| ["cbc:DueDate", "cbc:Note", "cbc:BuyerReference", "cac:Delivery"].contains(n)));
        assert_eq!(names.first(), Some(&"cbc:CustomizationID"));
        assert_eq!(names.last(), Some(&"cac:InvoiceLine"));
    }

    #[test]
    fn amounts_have_two_decimals_and_a_currency() {
        let root = read(&write_invoice(&invoice()));
        let tax = root.child("cac:TaxTotal");
        assert_eq!(tax.child("cbc:TaxAmount").text, "106.77");
        assert_eq!(tax.child("cbc:TaxAmount").attr("currencyID"), "PLN");
        let subs = tax.all("cac:TaxSubtotal");
        assert_eq!(subs.len(), 2);
        assert_eq!(subs[1].child("cbc:TaxableAmount").text, "25.03");
        assert_eq!(subs[1].child("cbc:TaxAmount").text, "2.00");
        assert_eq!(subs[1].child("cbc:TaxAmount").attr("currencyID"), "PLN");
        assert_eq!(subs[0].at(&["cac:TaxCategory", "cbc:ID"]).text, "S");
        assert_eq!(subs[0].at(&["cac:TaxCategory", "cbc:Percent"]).text, "23");
        assert_eq!(subs[0].at(&["cac:TaxCategory", "cac:TaxScheme", "cbc:ID"]).text, "VAT");
        let total = root.child("cac:LegalMonetaryTotal");
        let names: Vec<&str> = total.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["cbc:LineExtensionAmount", "cbc:TaxExclusiveAmount", "cbc:TaxInclusiveAmount", "cbc:PayableAmount"]
        );
        assert_eq!(total.child("cbc:TaxInclusiveAmount").text, "587.30");
        assert!(total.children.iter().all(|c| c.attr("currencyID") == "PLN"));

        let lines = root.all("cac:InvoiceLine");
        let first = lines[0];
        let names: Vec<&str> = first.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cbc:ID",
                "cbc:InvoicedQuantity",
                "cbc:LineExtensionAmount",
                "cac:OrderLineReference",
                "cac:Item",
                "cac:Price"
            ]
        );
        assert_eq!(first.child("cbc:InvoicedQuantity").text, "10");
        assert_eq!(first.child("cbc:LineExtensionAmount").text, "455.50");
        assert_eq!(first.child("cbc:LineExtensionAmount").attr("currencyID"), "PLN");
        assert_eq!(first.at(&["cac:OrderLineReference", "cbc:LineID"]).text, "ZL/3/2026");
        assert_eq!(first.at(&["cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"]).text, "23");
        assert_eq!(first.at(&["cac:Price", "cbc:PriceAmount"]).text, "45.55");
        assert_eq!(first.at(&["cac:Price", "cbc:PriceAmount"]).attr("currencyID"), "PLN");
        assert_eq!(lines[1].child("cbc:InvoicedQuantity").text, "2.5");
        assert!(lines[1].children.iter().all(|c| c.name != "cac:OrderLineReference"));
    }

    #[test]
    fn zero_rate_is_category_z() {
        let mut inv = invoice();
        inv.tax_subtotals = vec![(d("0"), d("480.53"), d("0"))];
        inv.lines[1].vat_percent = d("0.00");
        let root = read(&write_invoice(&inv));
        let sub = root.at(&["cac:TaxTotal", "cac:TaxSubtotal", "cac:TaxCategory"]);
        assert_eq!((sub.child("cbc:ID").text.as_str(), sub.child("cbc:Percent").text.as_str()), ("Z", "0"));
        let cat = root.all("cac:InvoiceLine")[1].at(&["cac:Item", "cac:ClassifiedTaxCategory"]);
        assert_eq!(cat.child("cbc:ID").text, "Z");
    }

    #[test]
    fn text_is_escaped() {
        let bytes = write_invoice(&invoice());
        let xml = String::from_utf8(bytes.clone()).unwrap();
        assert!(xml.contains("Kowalski &amp; Syn &lt;Instalacje&gt;"), "{xml}");
        assert!(xml.contains("&amp; &lt;uszczelnienie&gt;"));
        assert!(!xml.contains('\u{1}'));
        let root = read(&bytes);
        let party = root.at(&["cac:AccountingSupplierParty", "cac:Party"]);
        assert_eq!(party.at(&["cac:PartyName", "cbc:Name"]).text, "Kowalski & Syn <Instalacje>");
        assert_eq!(party.at(&["cac:PartyLegalEntity", "cbc:RegistrationName"]).text, "Kowalski & Syn <Instalacje>");
        assert_eq!(party.at(&["cac:PartyIdentification", "cbc:ID"]).text, "SUB-0042");
        assert_eq!(party.at(&["cac:PostalAddress", "cbc:CityName"]).text, "Kraków");
        assert_eq!(party.at(&["cac:PostalAddress", "cac:Country", "cbc:IdentificationCode"]).text, "PL");
        assert_eq!(party.at(&["cac:PartyTaxScheme", "cbc:CompanyID"]).text, "PL5260250995");
        let names: Vec<&str> = party.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cac:PartyIdentification",
                "cac:PartyName",
                "cac:PostalAddress",
                "cac:PartyTaxScheme",
                "cac:PartyLegalEntity"
            ]
        );
        let customer = root.at(&["cac:AccountingCustomerParty", "cac:Party"]);
        let names: Vec<&str> = customer.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["cac:PartyName", "cac:PartyLegalEntity"]);
        assert_eq!(
            root.all("cac:InvoiceLine")[0].at(&["cac:Item", "cbc:Name"]).text,
            "Montaż rur \"DN50\" & <uszczelnienie>"
        );
    }

    #[test]
    fn unit_codes() {
        let lines = read(&write_invoice(&invoice()))
            .all("cac:InvoiceLine")
            .iter()
            .map(|l| l.child("cbc:InvoicedQuantity").attr("unitCode").to_owned())
            .collect::<Vec<_>>();
        assert_eq!(lines, ["HUR", "H87"]);
        for (unit, code) in [
            ("h", "HUR"),
            ("Hr", "HUR"),
            ("hour", "HUR"),
            ("godz", "HUR"),
            (" godz. ", "HUR"),
            ("pcs", "H87"),
            ("pc", "H87"),
            ("szt.", "H87"),
            ("Stk", "H87"),
            ("piece", "H87"),
            ("ea", "H87"),
            ("kg", "KGM"),
            ("m", "MTR"),
            ("m2", "MTK"),
            ("m²", "MTK"),
            ("m3", "MTQ"),
            ("m³", "MTQ"),
            ("l", "LTR"),
            ("t", "TNE"),
            ("day", "DAY"),
            ("dzień", "DAY"),
            ("Tag", "DAY"),
            ("set", "SET"),
            ("kpl", "SET"),
            ("HUR", "HUR"),
            ("", "C62"),
            ("box", "C62"),
        ] {
            assert_eq!(unit_code(unit), code, "{unit:?}");
        }
    }
}
