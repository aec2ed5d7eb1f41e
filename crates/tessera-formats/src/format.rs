//! The six formats and their columns, in the seed's order.
use std::fmt;
use std::str::FromStr;

/// One of the six flat-file formats of the main system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Order,
    Delivery,
    Complaint,
    Formwork,
    SmallAppliances,
    Warehouse,
}

/// What kind of value a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text, kept as written (trimmed).
    Text,
    /// An exact decimal number.
    Decimal,
    /// A date in the format's pattern.
    Date,
    /// Warehouse document type (`RECEIPT`, `RELEASE`, `TRANSFER`, `RETURN`, Polish codes).
    WarehouseType,
    /// Formwork wear category `A`..`D`.
    Category,
    /// Serial numbers separated by `|`.
    Serials,
}

/// Where a column's value belongs in the normalized document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The document number.
    Number,
    /// The document date.
    Date,
    /// Another document-level field (repeats on every row).
    Doc,
    /// A field of the line item.
    Line,
}

/// A column of a format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The seed's column name, written verbatim as the header on export.
    pub name: &'static str,
    /// The key in the normalized document (snake_case of the name).
    pub key: &'static str,
    pub kind: Kind,
    pub level: Level,
    pub required: bool,
}

const fn col(name: &'static str, key: &'static str, kind: Kind, level: Level, required: bool) -> Column {
    Column { name, key, kind, level, required }
}

use Kind::{Category, Date as D, Decimal as N, Serials, Text as T, WarehouseType};
use Level::{Date as LD, Doc, Line, Number};

const ORDER: &[Column] = &[
    col("ORDER_NUMBER", "number", T, Number, true),
    col("ORDER_DATE", "date", D, LD, true),
    col("ACCOUNT", "account", T, Doc, false),
    col("WORK_ORDER", "work_order", T, Doc, false),
    col("CONTRACT_SCOPE", "contract_scope", T, Doc, false),
    col("CONTRACT_NAME", "contract_name", T, Doc, false),
    col("CONTRACT_NUMBER", "contract_number", T, Doc, false),
    col("ITEM_NAME", "item_name", T, Line, true),
    col("ITEM_ORDER_NUMBER", "item_order_number", T, Line, true),
    col("ITEM_UNIT", "item_unit", T, Line, true),
    col("ITEM_UNIT_PRICE", "item_unit_price", N, Line, false),
    col("ITEM_COUNT", "item_count", N, Line, true),
    col("ITEM_PRICE", "item_price", N, Line, false),
];

const DELIVERY: &[Column] = &[
    col("DELIVERY_NUMBER", "number", T, Number, true),
    col("DELIVERY_DATE", "date", D, LD, true),
    col("LOADING_DATE", "loading_date", D, Doc, false),
    col("ORDER_NUMBER", "order_number", T, Doc, false),
    col("ACCOUNT", "account", T, Doc, false),
    col("WORK_ORDER", "work_order", T, Doc, false),
    col("CONTRACT_SCOPE", "contract_scope", T, Doc, false),
    col("CONTRACT_NAME", "contract_name", T, Doc, false),
    col("CONTRACT_NUMBER", "contract_number", T, Doc, false),
    col("ITEM_NAME", "item_name", T, Line, true),
    col("ITEM_ORDER_NUMBER", "item_order_number", T, Line, true),
    col("ITEM_UNIT", "item_unit", T, Line, true),
    col("ITEM_UNIT_PRICE", "item_unit_price", N, Line, false),
    col("ITEM_COUNT", "item_count", N, Line, true),
    col("ITEM_PRICE", "item_price", N, Line, false),
    col("CHECKED_COUNT", "checked_count", N, Line, false),
];

const COMPLAINT: &[Column] = &[
    col("COMPLAINT_NUMBER", "number", T, Number, true),
    col("COMPLAINT_DATE", "date", D, LD, true),
    col("DELIVERY_NUMBER", "delivery_number", T, Doc, false),
    col("ACCOUNT", "account", T, Doc, false),
    col("WORK_ORDER", "work_order", T, Doc, false),
    col("CONTRACT_SCOPE", "contract_scope", T, Doc, false),
    col("CONTRACT_NAME", "contract_name", T, Doc, false),
    col("CONTRACT_NUMBER", "contract_number", T, Doc, false),
    col("ITEM_NAME", "item_name", T, Line, true),
    col("ITEM_ORDER_NUMBER", "item_order_number", T, Line, true),
    col("ITEM_UNIT", "item_unit", T, Line, true),
    col("ITEM_UNIT_PRICE", "item_unit_price", N, Line, false),
    col("ITEM_COUNT", "item_count", N, Line, true),
    col("ITEM_PRICE", "item_price", N, Line, false),
    col("ITEM_QUALITY_COUNT", "item_quality_count", N, Line, false),
    col("ITEM_QUANTITY_COUNT", "item_quantity_count", N, Line, false),
];

const FORMWORK: &[Column] = &[
    col("Contract", "contract", T, Doc, false),
    col("customer ID", "customer_id", T, Doc, false),
    col("Customer name", "customer_name", T, Doc, false),
    col("Construction", "construction", T, Doc, false),
    col("Construction Name", "construction_name", T, Doc, false),
    col("Date", "date", D, LD, true),
    col("Document type", "document_type", T, Doc, false),
    col("Stock documents", "number", T, Number, true),
    col("Article", "article", T, Line, true),
    col("Article description", "article_description", T, Line, true),
    col("Wear type", "wear_type", T, Line, false),
    col("Category", "category", Category, Line, false),
    col("Quantity", "quantity", N, Line, true),
    col("Libra", "weight", N, Line, false),
    col("unit price", "unit_price", N, Line, false),
    col("Value", "value", N, Line, false),
];

const SMALL_APPLIANCES: &[Column] = &[
    col("Contract", "contract", T, Doc, false),
    col("customer ID", "customer_id", T, Doc, false),
    col("Customer name", "customer_name", T, Doc, false),
    col("Construction", "construction", T, Doc, false),
    col("Construction Name", "construction_name", T, Doc, false),
    col("Date", "date", D, LD, true),
    col("Document type", "document_type", T, Doc, false),
    col("Stock documents", "number", T, Number, true),
    col("Article", "article", T, Line, true),
    col("Article description", "article_description", T, Line, true),
    col("Quantity", "quantity", N, Line, true),
    col("Libra", "weight", N, Line, false),
    col("Serial number", "serial_numbers", Serials, Line, false),
];

const WAREHOUSE: &[Column] = &[
    col("DOCUMENT_NUMBER", "number", T, Number, true),
    col("DOCUMENT_DATE", "date", D, LD, true),
    col("TYPE", "type", WarehouseType, Doc, true),
    col("WAREHOUSE", "warehouse", T, Doc, false),
    col("SALARIES", "storage_location", T, Line, false),
    col("ACCOUNT", "account", T, Doc, false),
    col("WORK_ORDER", "work_order", T, Doc, false),
    col("CONTRACT_SCOPE", "contract_scope", T, Doc, false),
    col("CONTRACT_NAME", "contract_name", T, Doc, false),
    col("CONTRACT_NUMBER", "contract_number", T, Doc, false),
    col("ITEM_MANUFACTURER", "item_manufacturer", T, Line, false),
    col("ITEM_NAME", "item_name", T, Line, true),
    col("ITEM_ORDER_NUMBER", "item_order_number", T, Line, true),
    col("ITEM_UNIT", "item_unit", T, Line, true),
    col("ITEM_UNIT_PRICE", "item_unit_price", N, Line, false),
    col("ITEM_COUNT", "item_count", N, Line, true),
    col("ITEM_PRICE", "item_price", N, Line, false),
];

/// How a format writes its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `yyyy-MM-dd`
    Iso,
    /// `DD-MM-YYYY`
    DayMonthYearDash,
    /// `DD.MM.YY` (formwork)
    Formwork,
}

impl Format {
    /// Which of the formats a delivery can come in (delivery, formwork, small appliances) a CSV
    /// file is, by the names in its first line: the small-appliance format has `Serial number`,
    /// formwork `Wear type` or `Category`; anything else is read as the delivery format, whose
    /// reader then says what does not fit. Names are compared without case, spaces or `_`.
    pub fn guess_delivery(bytes: &[u8]) -> Format {
        let first = bytes.split(|b| *b == b'\n' || *b == b'\r').next().unwrap_or_default();
        let folded: Vec<u8> =
            first.iter().filter(|b| b.is_ascii_alphanumeric() || **b == b';').map(u8::to_ascii_lowercase).collect();
        let has = |name: &[u8]| folded.split(|b| *b == b';').any(|c| c == name);
        if has(b"serialnumber") {
            Format::SmallAppliances
        } else if has(b"weartype") || has(b"category") {
            Format::Formwork
        } else {
            Format::Delivery
        }
    }

    /// Every format, in the seed's order.
    pub const ALL: [Format; 6] = [
        Format::Order,
        Format::Delivery,
        Format::Complaint,
        Format::Formwork,
        Format::SmallAppliances,
        Format::Warehouse,
    ];

    /// The format id used on the command line and in reports.
    pub fn id(self) -> &'static str {
        match self {
            Format::Order => "order",
            Format::Delivery => "delivery",
            Format::Complaint => "complaint",
            Format::Formwork => "formwork",
            Format::SmallAppliances => "small-appliances",
            Format::Warehouse => "warehouse",
        }
    }

    /// The columns, in the documented order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Format::Order => ORDER,
            Format::Delivery => DELIVERY,
            Format::Complaint => COMPLAINT,
            Format::Formwork => FORMWORK,
            Format::SmallAppliances => SMALL_APPLIANCES,
            Format::Warehouse => WAREHOUSE,
        }
    }

    /// Whether a file may hold many documents (only warehouse files do).
    pub fn many_documents(self) -> bool {
        self == Format::Warehouse
    }

    /// Whether the format is documented as ISO-8859-2 (formwork) rather than UTF-8.
    pub fn documented_iso_8859_2(self) -> bool {
        self == Format::Formwork
    }

    /// The date style the format documents.
    pub fn date_style(self) -> DateStyle {
        match self {
            Format::Formwork => DateStyle::Formwork,
            Format::SmallAppliances => DateStyle::DayMonthYearDash,
            _ => DateStyle::Iso,
        }
    }

    /// The documented date pattern, as shown in messages.
    pub fn date_pattern(self) -> &'static str {
        match self.date_style() {
            DateStyle::Iso => "yyyy-MM-dd",
            DateStyle::DayMonthYearDash => "DD-MM-YYYY",
            DateStyle::Formwork => "DD.MM.YY",
        }
    }

    /// Index of the column with this key.
    pub fn column_index(self, key: &str) -> Option<usize> {
        self.columns().iter().position(|c| c.key == key)
    }

    /// Index of the count column (`ITEM_COUNT` / `Quantity`).
    pub fn count_index(self) -> usize {
        self.column_index("item_count").or_else(|| self.column_index("quantity")).unwrap_or(0)
    }

    /// Index of the document number column.
    pub fn number_index(self) -> usize {
        self.columns().iter().position(|c| c.level == Level::Number).unwrap_or(0)
    }

    /// Index of the document date column.
    pub fn date_index(self) -> usize {
        self.columns().iter().position(|c| c.level == Level::Date).unwrap_or(0)
    }

    /// (unit price, count, price) column indexes, for the price check.
    pub fn price_indexes(self) -> Option<(usize, usize, usize)> {
        match self {
            Format::Formwork => {
                Some((self.column_index("unit_price")?, self.column_index("quantity")?, self.column_index("value")?))
            }
            Format::SmallAppliances => None,
            _ => Some((
                self.column_index("item_unit_price")?,
                self.column_index("item_count")?,
                self.column_index("item_price")?,
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An unknown format id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
        write!(f, "unknown format '{}'; the formats are: {}", self.0, ids.join(", "))
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let folded = s.trim().to_ascii_lowercase().replace('_', "-");
        Format::ALL.into_iter().find(|f| f.id() == folded).ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Folds a header name for comparison: lower case, without spaces and `_`.
pub(crate) fn fold_name(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '_').flat_map(char::to_lowercase).collect()
}

/// Which column a header name designates (seed name, or the JSON key as alias;
/// `number` and `date` are not aliases).
pub(crate) fn match_header(format: Format, name: &str) -> Option<usize> {
    let folded = fold_name(name);
    if folded.is_empty() {
        return None;
    }
    format.columns().iter().position(|c| {
        fold_name(c.name) == folded || (c.key != "number" && c.key != "date" && fold_name(c.key) == folded)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delivery_file_is_known_by_its_header() {
        let small = b"\xEF\xBB\xBFContract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Quantity;Libra;Serial number\r\n3407;";
        assert_eq!(Format::guess_delivery(small), Format::SmallAppliances);
        let formwork = b"Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Wear type;Category;Quantity;Libra;unit price;Value\n";
        assert_eq!(Format::guess_delivery(formwork), Format::Formwork);
        assert_eq!(Format::guess_delivery(b"DELIVERY_NUMBER;DELIVERY_DATE;ITEM_COUNT\n"), Format::Delivery);
        // A first line that names none of it (a Polish header, or no header) is the delivery format's to judge.
        assert_eq!(Format::guess_delivery(b"Numer;Data\n"), Format::Delivery);
        assert_eq!(Format::guess_delivery(b""), Format::Delivery);
    }
}
