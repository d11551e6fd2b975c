//! How the page reads the worker's answers: bincode's format (the worker writes it with
//! gloo-worker's default codec), read by a small deserializer whose errors carry no message.
//!
//! bincode's own errors format serde's messages ("invalid type: floating point `1.5`, expected
//! …"), and with them the standard library's float printing: some 12 KB of the page's wasm
//! for messages a well-formed answer never produces. The worker and the page are one build,
//! so a malformed answer is a bug, reported as one line.

use std::fmt;

use gloo_worker::{Bincode, Codec};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The page's codec: writes as gloo-worker's [`Bincode`] does, reads with [`Reader`].
#[derive(Debug)]
pub struct PageCodec;

impl Codec for PageCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        Bincode::encode(input)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let data = js_sys::Uint8Array::from(input).to_vec();
        from_bytes(&data).unwrap_or_else(|_| wasm_bindgen::throw_str("brief: a malformed message from the worker"))
    }
}

/// Reads a value written by `bincode::serialize` (bincode 1: little-endian fixed-width
/// integers, `u64` lengths, `u32` variant indices, `u8` option tags).
pub fn from_bytes<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Result<T, Malformed> {
    T::deserialize(&mut Reader { rest: bytes })
}

/// Any failure to read: the bytes are not such a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed;

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("malformed message")
    }
}

impl std::error::Error for Malformed {}

impl de::Error for Malformed {
    // (The message is dropped unformatted: formatting it is what this module saves.)
    fn custom<T: fmt::Display>(_message: T) -> Self {
        Malformed
    }
}

/// The bytes not read yet.
pub struct Reader<'de> {
    rest: &'de [u8],
}

impl<'de> Reader<'de> {
    fn take(&mut self, n: usize) -> Result<&'de [u8], Malformed> {
        if n > self.rest.len() {
            return Err(Malformed);
        }
        let (a, b) = self.rest.split_at(n);
        self.rest = b;
        Ok(a)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Malformed> {
        self.take(N)?.try_into().map_err(|_| Malformed)
    }

    fn len(&mut self) -> Result<usize, Malformed> {
        usize::try_from(u64::from_le_bytes(self.array()?)).map_err(|_| Malformed)
    }

    fn str(&mut self) -> Result<&'de str, Malformed> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| Malformed)
    }
}

/// `n` elements in a row: a sequence, a tuple, a struct's fields or a map's entries.
struct Elements<'a, 'de> {
    reader: &'a mut Reader<'de>,
    left: usize,
}

impl<'de> Elements<'_, 'de> {
    /// The next element (or map key), if any is left.
    fn next<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Malformed> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.reader).map(Some)
    }

    /// Bounded by what is left to read, so a bad length allocates nothing big.
    fn hint(&self) -> Option<usize> {
        Some(self.left.min(self.reader.rest.len()))
    }
}

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Malformed;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Malformed> {
        self.next(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.hint()
    }
}

impl<'de> de::MapAccess<'de> for Elements<'_, 'de> {
    type Error = Malformed;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Malformed> {
        self.next(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Malformed> {
        seed.deserialize(&mut *self.reader)
    }

    fn size_hint(&self) -> Option<usize> {
        self.hint()
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = Malformed;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Malformed> {
        let index = u32::from_le_bytes(self.array()?);
        let value = seed.deserialize(IntoDeserializer::<Malformed>::into_deserializer(index))?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = Malformed;

    fn unit_variant(self) -> Result<(), Malformed> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Malformed> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_seq(Elements { reader: self, left: len })
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_seq(Elements { reader: self, left: fields.len() })
    }
}

macro_rules! numbers {
    ($($method:ident $visit:ident $t:ty;)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
                visitor.$visit(<$t>::from_le_bytes(self.array()?))
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Malformed;

    numbers! {
        deserialize_i8 visit_i8 i8; deserialize_i16 visit_i16 i16; deserialize_i32 visit_i32 i32;
        deserialize_i64 visit_i64 i64; deserialize_u8 visit_u8 u8; deserialize_u16 visit_u16 u16;
        deserialize_u32 visit_u32 u32; deserialize_u64 visit_u64 u64; deserialize_f32 visit_f32 f32;
        deserialize_f64 visit_f64 f64;
    }

    // (The format does not describe itself.)
    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Malformed> {
        Err(Malformed)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        match self.array::<1>()? {
            [0] => visitor.visit_bool(false),
            [1] => visitor.visit_bool(true),
            _ => Err(Malformed),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        // UTF-8, one to four bytes, as its first byte says.
        let width = match self.rest.first() {
            Some(&b) if b < 0x80 => 1,
            Some(&b) if b >= 0xF0 => 4,
            Some(&b) if b >= 0xE0 => 3,
            Some(_) => 2,
            None => return Err(Malformed),
        };
        let s = std::str::from_utf8(self.take(width)?).map_err(|_| Malformed)?;
        visitor.visit_char(s.chars().next().ok_or(Malformed)?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_borrowed_str(self.str()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_borrowed_str(self.str()?)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        let n = self.len()?;
        visitor.visit_borrowed_bytes(self.take(n)?)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        match self.array::<1>()? {
            [0] => visitor.visit_none(),
            [1] => visitor.visit_some(self),
            _ => Err(Malformed),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        let left = self.len()?;
        visitor.visit_seq(Elements { reader: self, left })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_seq(Elements { reader: self, left: len })
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _name: &'static str, len: usize, visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_seq(Elements { reader: self, left: len })
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Malformed> {
        let left = self.len()?;
        visitor.visit_map(Elements { reader: self, left })
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_seq(Elements { reader: self, left: fields.len() })
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value, Malformed> {
        visitor.visit_enum(self)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Malformed> {
        Err(Malformed)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Malformed> {
        Err(Malformed)
    }

    fn is_human_readable(&self) -> bool {
        false
    }
}
