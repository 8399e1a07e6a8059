//! What an uploaded file is, learnt while its bytes stream past (nothing holds the whole
//! file): the type by content (magic numbers, from the first bytes), whether it is plain UTF-8
//! text, and whether it runs code when opened. The rules are plain functions over the
//! summary, with unit tests.

use app::domain::evidence::ACCEPTED;

/// Bytes kept from the start of a file: enough for every signature `infer` checks (Office
/// files are recognised by the names of their first ZIP entries) and a script's first line.
const HEAD_BYTES: usize = 64 * 1024;

/// Byte patterns that mark an Office document with macros: the VBA project's name in a ZIP
/// (OOXML) and, in UTF-16, in an OLE compound file (the old `.doc`/`.xls`).
const MACRO_MARKS: [&[u8]; 2] = [b"vbaProject.bin", b"_\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0"];

/// Names whose type runs code when opened (scripts, executables, installers, macro-enabled
/// Office files): refused whatever the content looks like, since the name decides what a
/// reviewer's computer does with the download.
const EXECUTABLE_EXTENSIONS: [&str; 34] = [
    "bat", "cmd", "com", "exe", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "ps1", "psm1",
    "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "sh", "bash", "zsh", "py", "pl", "rb", "php",
    "jar", "app", "docm", "dotm", "xlsm", "pptm", "lnk",
];

/// What is known once every byte went past.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub head: Vec<u8>,
    pub size: u64,
    /// Valid UTF-8 without NUL bytes, from first to last byte.
    pub text: bool,
    pub macros: bool,
}

/// Takes the bytes chunk by chunk.
#[derive(Debug)]
pub struct Inspector {
    head: Vec<u8>,
    size: u64,
    text: bool,
    /// An incomplete UTF-8 sequence at the end of the last chunk (at most 3 bytes).
    pending: Vec<u8>,
    /// The last bytes of the previous chunk, so a macro mark split by a chunk boundary is found.
    tail: Vec<u8>,
    macros: bool,
}

impl Default for Inspector {
    fn default() -> Self {
        Self {
            head: Vec::new(),
            size: 0,
            text: true,
            pending: Vec::new(),
            tail: Vec::new(),
            macros: false,
        }
    }
}

impl Inspector {
    pub fn feed(&mut self, chunk: &[u8]) {
        self.size += u64::try_from(chunk.len()).unwrap_or(u64::MAX);
        if self.head.len() < HEAD_BYTES {
            let room = HEAD_BYTES - self.head.len();
            self.head.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        if self.text {
            let mut data = std::mem::take(&mut self.pending);
            data.extend_from_slice(chunk);
            match std::str::from_utf8(&data) {
                Ok(text) => self.text = !text.contains('\0'),
                // Cut inside a character: the rest comes with the next chunk.
                Err(e) if e.error_len().is_none() => {
                    let (valid, rest) = data.split_at(e.valid_up_to());
                    self.text = !valid.contains(&0);
                    self.pending = rest.to_vec();
                }
                Err(_) => self.text = false,
            }
        }
        if !self.macros {
            let mut window = std::mem::take(&mut self.tail);
            window.extend_from_slice(chunk);
            self.macros = MACRO_MARKS.iter().any(|m| window.windows(m.len()).any(|w| w == *m));
            let keep = MACRO_MARKS.iter().map(|m| m.len()).max().unwrap_or(1) - 1;
            self.tail = window[window.len().saturating_sub(keep)..].to_vec();
        }
    }

    pub fn finish(self) -> Inspection {
        Inspection {
            head: self.head,
            size: self.size,
            text: self.text && self.pending.is_empty(),
            macros: self.macros,
        }
    }
}

/// The inspection of bytes already in memory (tests, small files).
pub fn inspect(bytes: &[u8]) -> Inspection {
    let mut inspector = Inspector::default();
    inspector.feed(bytes);
    inspector.finish()
}

/// The accepted content type, decided by the content; else the Fluent id of the refusal.
/// Text must be UTF-8 without NUL bytes.
pub fn sniff(file: &Inspection) -> Result<&'static str, &'static str> {
    if file.size == 0 {
        return Err("evidence-error-empty");
    }
    if let Some(kind) = infer::get(&file.head) {
        return ACCEPTED
            .iter()
            .map(|(t, _)| *t)
            .find(|t| *t == kind.mime_type())
            .ok_or("evidence-error-type");
    }
    if file.text { Ok("text/plain") } else { Err("evidence-error-type") }
}

/// Whether a file runs code when opened: by its name, by a script's first line, or by the
/// macros inside an Office document.
pub fn is_executable(name: &str, file: &Inspection) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if EXECUTABLE_EXTENSIONS.contains(&extension.as_str()) {
        return true;
    }
    let start = String::from_utf8_lossy(&file.head[..file.head.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    let script = ["#!", "@echo", "<script", "<?php", "<html", "<!doctype html", "<svg", "<hta:"]
        .iter()
        .any(|m| start.starts_with(m));
    script || file.macros
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(&inspect(b"%PDF-1.7\n1 0 obj\n")), Ok("application/pdf"));
        assert_eq!(
            sniff(&inspect(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])),
            Ok("image/png")
        );
        assert_eq!(
            sniff(&inspect(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'])),
            Ok("image/jpeg")
        );
        assert_eq!(sniff(&inspect("Protocol for TACE, version 3\n".as_bytes())), Ok("text/plain"));
        // An executable named report.pdf is still an executable.
        assert_eq!(
            sniff(&inspect(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00")),
            Err("evidence-error-type")
        );
        assert_eq!(
            sniff(&inspect(b"PK\x03\x04\x14\x00\x00\x00\x08\x00")),
            Err("evidence-error-type")
        );
        assert_eq!(sniff(&inspect(&[0, 1, 2, 0xFF, 0xFE])), Err("evidence-error-type"));
        assert_eq!(sniff(&inspect(b"")), Err("evidence-error-empty"));
    }

    #[test]
    fn chunks_are_judged_as_the_whole() {
        let text = "Prüfprotokoll für TACE — 第三版\n".repeat(5_000);
        let bytes = text.as_bytes();
        let mut macro_file = b"PK\x03\x04".to_vec();
        macro_file.extend(std::iter::repeat_n(b'x', 100_000));
        macro_file.extend_from_slice(b"xl/vbaProject.bin");
        let mut nul_late = bytes.to_vec();
        nul_late.push(0);
        for size in [1, 2, 3, 7, 4096] {
            let whole = |data: &[u8]| {
                let mut i = Inspector::default();
                data.chunks(size).for_each(|c| i.feed(c));
                i.finish()
            };
            assert_eq!(whole(bytes), inspect(bytes), "chunks of {size}");
            assert!(whole(bytes).text, "a character cut by a chunk boundary is still text");
            assert!(whole(&macro_file).macros, "a mark cut by a chunk boundary is still found");
            assert!(!whole(&nul_late).text, "a NUL after the head");
        }
        assert_eq!(inspect(bytes).head.len(), HEAD_BYTES);
        let cut = "第三版".as_bytes();
        assert!(!inspect(&cut[..cut.len() - 1]).text, "a cut-off character at the end");
    }

    #[test]
    fn files_that_run_code_are_recognised() {
        let exe = |name: &str, bytes: &[u8]| is_executable(name, &inspect(bytes));
        assert!(exe("run.bat", b"copy a b\r\n"), "a batch file that looks like text");
        assert!(exe("RUN.CMD", b"dir"));
        assert!(exe("notes.txt", b"#!/bin/sh\nrm -rf /\n"));
        assert!(exe("notes.txt", b"\xEF\xBB\xBF @ECHO OFF\r\ndel *.*"));
        assert!(exe("page.txt", b"<html><script>alert(1)</script></html>"));
        assert!(exe("budget.xlsx", b"PK\x03\x04....xl/vbaProject.bin...."));
        assert!(exe("old.doc", b"\xD0\xCF\x11\xE0..._\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0..."));
        assert!(exe("report.docm", b"PK\x03\x04"));
        assert!(!exe(
            "Protocol for TACE.txt",
            "Protocol for TACE, version 3\nStep 1: check labs\n".as_bytes()
        ));
        assert!(!exe("SOP v2.pdf", b"%PDF-1.7\n1 0 obj\n"));
        assert!(!exe("rota.docx", b"PK\x03\x04....word/document.xml...."));
    }
}
