//! Delivery XML (own schema) and UBL 2.1 DespatchAdvice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::time::Instant;
use tessera_formats::xml::{NAMESPACE, XSD, read_delivery_xml, write_delivery_xml};
use tessera_formats::{Format, Lang, ProblemKind, ReadOptions, read_all};

const DELIVERY_CSV: &str = "DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\r\n\
D/12/2020;2020-06-04;2020-06-03;ZAM/12/2020;11587;MK-1 - load-bearing <element> & co;MK-1;AW-12 Krakow contract;5X340;ADJUSTABLE BUCKLE 200 MK;P199120;PIECE;100,00;5,00;500,00;4,00\r\n\
D/12/2020;2020-06-04;2020-06-03;ZAM/12/2020;11587;MK-1 - load-bearing <element> & co;MK-1;AW-12 Krakow contract;5X340;=ANCHOR \"BOLT\" M16;P199121;PIECE;2,50;40,00;100,00;\r\n";

#[test]
fn csv_to_own_xml_and_back_gives_the_same_documents() {
    let csv = read_all(DELIVERY_CSV.as_bytes(), Format::Delivery, ReadOptions::default());
    assert!(csv.is_ok(), "{:?}", csv.errors);
    let mut xml = Vec::new();
    write_delivery_xml(&mut xml, &csv.documents).unwrap();
    let text = String::from_utf8(xml.clone()).unwrap();
    assert!(text.contains(NAMESPACE));
    assert!(text.contains("<work_order>MK-1 - load-bearing &lt;element&gt; &amp; co</work_order>"), "{text}");
    assert!(text.contains("<item_unit_price>100.00</item_unit_price>"));
    assert!(!text.contains("checked_count></checked_count"), "empty fields are left out");
    let back = read_delivery_xml(&xml);
    assert!(back.is_ok(), "{:?}", back.errors);
    let strip = |mut d: Vec<tessera_formats::Document>| {
        for doc in &mut d {
            for l in &mut doc.lines {
                l.line = 0;
            }
        }
        d
    };
    assert_eq!(strip(back.documents.clone()), strip(csv.documents.clone()));
    // lines are XML lines
    assert!(back.documents[0].lines[0].line > 5);
}

#[test]
fn own_xml_errors_name_the_xml_line_and_the_column() {
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<delivery xmlns=\"{NAMESPACE}\">\n  <number>D/1</number>\n  <date>2020-06-04</date>\n  <line>\n    <item_name>BUCKLE</item_name>\n    <item_order_number>P1</item_order_number>\n    <item_unit>PIECE</item_unit>\n    <item_count>1.234,5</item_count>\n  </line>\n</delivery>\n"
    );
    let r = read_delivery_xml(xml.as_bytes());
    assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
    assert_eq!(r.errors[0].column, Some("ITEM_COUNT"));
    assert_eq!(r.errors[0].line, 5);
    let bad = xml.replace("<item_unit>PIECE</item_unit>", "<colour>red</colour>");
    let r = read_delivery_xml(bad.as_bytes());
    assert!(r.errors[0].message(Lang::En).contains("colour"));
    let r = read_delivery_xml(b"<delivery><number>D</number>");
    assert!(!r.errors.is_empty());
    let r = read_delivery_xml(b"not xml at all");
    assert!(!r.errors.is_empty());
}

const UBL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:despatch_advice:3</cbc:CustomizationID>
  <cbc:ID>DA-2020-77</cbc:ID>
  <cbc:IssueDate>2020-06-04</cbc:IssueDate>
  <cac:OrderReference><cbc:ID>ZAM/12/2020</cbc:ID></cac:OrderReference>
  <cac:DespatchSupplierParty><cac:Party><cac:PartyName><cbc:Name>Supplier</cbc:Name></cac:PartyName></cac:Party></cac:DespatchSupplierParty>
  <cac:Shipment>
    <cbc:ID>1</cbc:ID>
    <cac:Delivery><cac:Despatch><cbc:ActualDespatchDate>2020-06-03</cbc:ActualDespatchDate></cac:Despatch></cac:Delivery>
  </cac:Shipment>
  <cac:DespatchLine>
    <cbc:ID>1</cbc:ID>
    <cbc:DeliveredQuantity unitCode="H87">5</cbc:DeliveredQuantity>
    <cac:OrderLineReference><cbc:LineID>1</cbc:LineID></cac:OrderLineReference>
    <cac:Item>
      <cbc:Name>ADJUSTABLE BUCKLE 200 MK</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>P199120</cbc:ID></cac:SellersItemIdentification>
    </cac:Item>
  </cac:DespatchLine>
  <cac:DespatchLine>
    <cbc:ID>2</cbc:ID>
    <cbc:DeliveredQuantity unitCode="KGM">250.5</cbc:DeliveredQuantity>
    <cac:Item>
      <cbc:Name>REBAR &amp; WIRE</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>P200400</cbc:ID></cac:SellersItemIdentification>
    </cac:Item>
  </cac:DespatchLine>
</DespatchAdvice>
"#;

#[test]
fn ubl_despatch_advice_maps_as_the_spec_says() {
    let r = read_delivery_xml(UBL.as_bytes());
    assert!(r.is_ok(), "{:?}", r.errors);
    let j = r.to_json(Lang::En);
    let d = &j["documents"][0];
    assert_eq!(d["number"], "DA-2020-77");
    assert_eq!(d["date"], "2020-06-04");
    assert_eq!(d["fields"]["order_number"], "ZAM/12/2020");
    assert_eq!(d["fields"]["loading_date"], "2020-06-03");
    assert_eq!(d["lines"][0]["item_name"], "ADJUSTABLE BUCKLE 200 MK");
    assert_eq!(d["lines"][0]["item_order_number"], "P199120");
    assert_eq!(d["lines"][0]["item_count"], "5");
    assert_eq!(d["lines"][0]["item_unit"], "H87");
    assert_eq!(d["lines"][1]["item_name"], "REBAR & WIRE");
    assert_eq!(d["lines"][1]["item_count"], "250.5");
    assert_eq!(d["lines"][1]["line"], 23);
    // a line without its quantity: an error at that line
    let bad = UBL.replace("<cbc:DeliveredQuantity unitCode=\"KGM\">250.5</cbc:DeliveredQuantity>", "");
    let r = read_delivery_xml(bad.as_bytes());
    assert!(r.errors.iter().any(|e| e.column == Some("ITEM_COUNT") && e.line == 23), "{:?}", r.errors);
    let no_id = UBL.replace("<cbc:ID>DA-2020-77</cbc:ID>", "");
    let r = read_delivery_xml(no_id.as_bytes());
    assert!(matches!(&r.errors[0].kind, ProblemKind::XmlMissing { element } if element == "cbc:ID"));
}

#[test]
fn billion_laughs_is_refused_quickly() {
    let mut xml = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    xml.push_str(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for i in 2..10 {
        let p = i - 1;
        xml.push_str(&format!(
            " <!ENTITY lol{i} \"&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};&lol{p};\">\n"
        ));
    }
    xml.push_str("]>\n<delivery><number>&lol9;</number></delivery>\n");
    let t = Instant::now();
    let r = read_delivery_xml(xml.as_bytes());
    assert!(t.elapsed().as_millis() < 500);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].kind, ProblemKind::XmlDoctype);
    assert_eq!(r.errors[0].line, 2);
}

#[test]
fn external_entities_and_unknown_entities_are_refused() {
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<delivery><number>&x;</number></delivery>";
    let r = read_delivery_xml(xxe.as_bytes());
    assert_eq!(r.errors[0].kind, ProblemKind::XmlDoctype);
    let undeclared = format!("<delivery xmlns=\"{NAMESPACE}\"><number>&x;</number></delivery>");
    let r = read_delivery_xml(undeclared.as_bytes());
    assert!(matches!(r.errors[0].kind, ProblemKind::XmlSyntax { .. }));
    // character references are fine
    let ok = format!(
        "<delivery xmlns=\"{NAMESPACE}\"><number>D&#47;1</number><date>2020-06-04</date><line><item_name>&#321;&#211;D&#377;</item_name><item_order_number>P1</item_order_number><item_unit>PC</item_unit><item_count>1</item_count></line></delivery>"
    );
    let r = read_delivery_xml(ok.as_bytes());
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.documents[0].number, "D/1");
}

#[test]
fn deep_nesting_is_refused() {
    let xml = format!("{}{}", "<a>".repeat(10_000), "</a>".repeat(10_000));
    let r = read_delivery_xml(xml.as_bytes());
    assert!(!r.errors.is_empty());
}

#[test]
fn the_xsd_is_published_and_names_every_delivery_field() {
    assert!(XSD.contains(NAMESPACE));
    for c in Format::Delivery.columns() {
        assert!(XSD.contains(&format!("name=\"{}\"", c.key)), "{}", c.key);
    }
}
