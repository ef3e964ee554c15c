//! `news-widget-locales DIR`: writes every locale's message file
//! (`DIR/<tag>.txt`) as `build.rs` generated it from `src/i18n/locales`.
//! `make dist` runs it into `dist/locales/`, where the loader downloads the
//! one a reader needs.

use std::path::Path;
use std::process::ExitCode;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: news-widget-locales DIR");
        return ExitCode::from(2);
    };
    let dir = Path::new(&dir);
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!("news-widget-locales: {}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for (tag, text) in LOCALE_FILES {
        let path = dir.join(format!("{tag}.txt"));
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("news-widget-locales: {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
