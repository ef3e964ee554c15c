//! Writes the npm package's Custom Elements Manifest and TypeScript
//! declarations from `src/manifest.rs` into the folder given
//! (`make package`): `custom-elements.json` and `news-widget.d.ts`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: news-widget-manifest <folder>");
        return ExitCode::from(2);
    };
    let files = [
        (
            "custom-elements.json",
            news_widget::manifest::custom_elements_json(),
        ),
        (
            "news-widget.d.ts",
            news_widget::manifest::type_declarations(),
        ),
    ];
    for (name, text) in files {
        if let Err(error) =
            std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join(name), text))
        {
            eprintln!(
                "news-widget-manifest: {}: {error}",
                dir.join(name).display()
            );
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
