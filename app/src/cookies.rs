//! Reading a `Cookie` request header (used by the language layer and the session lookup).

/// Value of the `name` cookie in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key.trim() == name).then(|| value.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_named_cookie() {
        assert_eq!(cookie_value("a=1; lang=de; b=2", "lang"), Some("de"));
        assert_eq!(cookie_value("xlang=de", "lang"), None);
        assert_eq!(cookie_value("accredit_session=; lang=de", "accredit_session"), Some(""));
    }
}
