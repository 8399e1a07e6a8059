// The server embeds `locales/` (see `src/texts.rs`, `include_dir!`), which only notices files
// that existed at the last build: a new translation file must trigger a rebuild too.
fn main() {
    println!("cargo:rerun-if-changed=../locales");
}
