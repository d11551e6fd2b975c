//! Share links: the text, deflated and base64url-encoded, in the URL fragment (`#t=…`), which
//! browsers never send to a server.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// The longest fragment payload a link carries (characters). Longer texts get a message
/// instead of a link: many apps cut links beyond a few tens of thousands of characters.
pub const MAX_LINK_PAYLOAD: usize = 32_000;

/// The most bytes a decoded link may expand to (a guard against deflate bombs).
const MAX_TEXT: usize = 8 * 1024 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The fragment payload for `text`, or `None` when it would exceed [`MAX_LINK_PAYLOAD`].
pub fn encode(text: &str) -> Option<String> {
    let packed = compress_to_vec(text.as_bytes(), 9);
    let out = base64url(&packed);
    (out.len() <= MAX_LINK_PAYLOAD).then_some(out)
}

/// The text of a fragment payload, or `None` if it is not one.
pub fn decode(payload: &str) -> Option<String> {
    let bytes = unbase64url(payload.trim())?;
    let text = decompress_to_vec_with_limit(&bytes, MAX_TEXT).ok()?;
    String::from_utf8(text).ok()
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for k in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for text in ["", "a", "ab", "abc", "Ünïcødé — “quotes” 😀", crate::EXAMPLE] {
            let p = encode(text).unwrap();
            assert!(p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(decode(&p).as_deref(), Some(text));
        }
    }

    #[test]
    fn too_long_and_garbage() {
        let noise: String = (0..200_000u32).map(|i| char::from_u32(0x4E00 + (i.wrapping_mul(2_654_435_761) >> 20) % 5000).unwrap()).collect();
        assert!(encode(&noise).is_none());
        assert!(decode("not base64!").is_none());
        assert!(decode("AAAA").is_none());
    }
}
