//! The article's JSON read straight into Python objects: `dict`, `list`,
//! `str`, `int`, `float`, `bool` and `None`, as `json.loads` makes them
//! from the same text (keys in the text's order; a repeated key keeps its
//! first place and its last value, as a `dict` built pair by pair does).
//!
//! `json.loads` reads a string a character at a time (about 30
//! instructions a byte of article text); serde_json scans it in blocks and
//! Python decodes the UTF-8 once. The JSON is serde_json's own output (no
//! lone surrogates, integers within 64 bits); whatever serde_json refuses
//! to read (nesting deeper than its recursion limit) goes to `json.loads`
//! instead, so the objects are always `json.loads`'.

use std::fmt;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyList, PyString};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// The Python objects of `json`, serde_json's output.
pub(crate) fn json_to_py<'py>(py: Python<'py>, json: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let mut reader = serde_json::Deserializer::from_slice(json);
    let read = Seed { py }
        .deserialize(&mut reader)
        .and_then(|value| reader.end().map(|()| value));
    match read {
        Ok(value) => Ok(value),
        Err(_) => json_loads(py, json),
    }
}

/// The standard `json` module's reader.
fn json_loads<'py>(py: Python<'py>, json: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || {
        py.import("json")
            .and_then(|m| m.getattr("loads"))
            .map(Bound::unbind)
    })?;
    loads.bind(py).call1((PyBytes::new(py, json),))
}

/// Builds the Python object of one JSON value.
#[derive(Clone, Copy)]
struct Seed<'py> {
    py: Python<'py>,
}

impl<'de, 'py> DeserializeSeed<'de> for Seed<'py> {
    type Value = Bound<'py, PyAny>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, 'py> Visitor<'de> for Seed<'py> {
    type Value = Bound<'py, PyAny>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into_pyobject(self.py).map_err(E::custom)?.into_any())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into_pyobject(self.py).map_err(E::custom)?.into_any())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(PyFloat::new(self.py, v).into_any())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(PyString::new(self.py, v).into_any())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.py.None().into_bound(self.py))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let list = PyList::empty(self.py);
        while let Some(item) = seq.next_element_seed(self)? {
            list.append(item).map_err(de::Error::custom)?;
        }
        Ok(list.into_any())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let dict = PyDict::new(self.py);
        while let Some(key) = map.next_key_seed(self)? {
            let value = map.next_value_seed(self)?;
            dict.set_item(key, value).map_err(de::Error::custom)?;
        }
        Ok(dict.into_any())
    }
}

/// The top-level fields of `json` (an object, serde_json's output) as
/// (name, Python object) pairs in the text's order, the values as
/// [`json_to_py`] makes them; without building the object's `dict`.
pub(crate) fn json_object_fields<'py>(
    py: Python<'py>,
    json: &[u8],
) -> PyResult<Vec<(String, Bound<'py, PyAny>)>> {
    let mut reader = serde_json::Deserializer::from_slice(json);
    let read = reader
        .deserialize_map(Fields { py })
        .and_then(|value| reader.end().map(|()| value));
    if let Ok(fields) = read {
        return Ok(fields);
    }
    // What serde_json refuses goes to `json.loads`, as in `json_to_py`.
    let value = json_loads(py, json)?;
    let dict = value.cast::<PyDict>()?;
    dict.iter()
        .map(|(key, value)| Ok((key.extract::<String>()?, value)))
        .collect()
}

/// Reads a JSON object into its (name, value) pairs.
struct Fields<'py> {
    py: Python<'py>,
}

impl<'de, 'py> Visitor<'de> for Fields<'py> {
    type Value = Vec<(String, Bound<'py, PyAny>)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Seed { py: self.py })?;
            // As a dict built pair by pair: a repeated key keeps its first
            // place and its last value.
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some((_, old)) => *old = value,
                None => fields.push((key, value)),
            }
        }
        Ok(fields)
    }
}
