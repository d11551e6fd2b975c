//! Share links: the text, deflated and base64url-encoded, in the URL fragment (`#t=…`), which
//! browsers never send to a server. The deflating is the browser's own (`CompressionStream`,
//! raw deflate; `ui/export.rs`): the core holds the link's encoding and its limits.

/// The longest fragment payload a link carries (characters). Longer texts get a message
/// instead of a link: many apps cut links beyond a few tens of thousands of characters.
pub const MAX_LINK_PAYLOAD: usize = 32_000;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The fragment payload for a text's deflated bytes, or `None` when it would exceed
/// [`MAX_LINK_PAYLOAD`].
pub fn encode(packed: &[u8]) -> Option<String> {
    let out = base64url(packed);
    (out.len() <= MAX_LINK_PAYLOAD).then_some(out)
}

/// The deflated bytes of a fragment payload, or `None` if it is not one.
pub fn decode(payload: &str) -> Option<Vec<u8>> {
    unbase64url(payload.trim())
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
            let p = encode(text.as_bytes()).unwrap();
            assert!(p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(decode(&p).as_deref(), Some(text.as_bytes()));
        }
        // Every byte value, at every length modulo three.
        let bytes: Vec<u8> = (0..=255).collect();
        for n in 250..=256 {
            assert_eq!(decode(&encode(&bytes[..n]).unwrap()).as_deref(), Some(&bytes[..n]));
        }
    }

    #[test]
    fn too_long_and_garbage() {
        assert!(encode(&[7u8; MAX_LINK_PAYLOAD]).is_none());
        assert!(encode(&[7u8; MAX_LINK_PAYLOAD / 4 * 3]).is_some());
        assert!(decode("not base64!").is_none());
    }
}
