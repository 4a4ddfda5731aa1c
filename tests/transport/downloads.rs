//! What a `_to_file` download leaves at its target: the whole download on
//! success; on failure, whatever was there before, untouched, whatever it
//! is (no file, a file, a symbolic link, a FIFO, a device).

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use dss_api::{DssClient, Error};
use dss_api_tests::raw::{respond_head, RawServer};

/// The length of a whole download.
const LEN: usize = 10_000;
/// How much of it a cut download sends before the connection closes.
const CUT: usize = 4_000;

/// `GET /plugins/whole/download` answers [`LEN`] bytes of 7; any other
/// plugin is cut after [`CUT`] of them.
fn server() -> RawServer {
    RawServer::start(|req, _, out| {
        respond_head(out, 200, "application/octet-stream", LEN as u64);
        let n = if req.path() == "/plugins/whole/download" {
            LEN
        } else {
            CUT
        };
        let _ = out.write_all(&vec![7u8; n]);
    })
}

/// A directory of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dss-api-downloads-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The names in `dir`, sorted: no temporary file may be left behind.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn download(c: &DssClient, plugin: &str, to: &Path) -> Result<u64, Error> {
    c.download_plugin_to_file(plugin, to).send()
}

#[test]
fn a_file_that_was_there_survives_a_cut_download_and_is_replaced_by_a_whole_one() {
    let server = server();
    let c = DssClient::new(&server.url, "k").unwrap();
    let dir = scratch("file");
    let file = dir.join("plugin.zip");

    // Nothing there: a cut download leaves nothing.
    let err = download(&c, "cut", &file).unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(names(&dir), Vec::<String>::new());

    std::fs::write(&file, b"what was there before").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let err = download(&c, "cut", &file).unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(std::fs::read(&file).unwrap(), b"what was there before");
    assert_eq!(names(&dir), ["plugin.zip"], "no temporary file is left");

    assert_eq!(download(&c, "whole", &file).unwrap(), LEN as u64);
    assert_eq!(std::fs::read(&file).unwrap(), vec![7u8; LEN]);
    assert_eq!(names(&dir), ["plugin.zip"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the file replaced keeps its permissions");
    }
    // A directory is refused, and left alone.
    let err = download(&c, "whole", &dir).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(dir.is_dir());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_stays_a_link_to_the_file_it_names() {
    let server = server();
    let c = DssClient::new(&server.url, "k").unwrap();
    let dir = scratch("link");
    let real = dir.join("real.zip");
    let link = dir.join("link.zip");
    std::fs::write(&real, b"before").unwrap();
    std::os::unix::fs::symlink("real.zip", &link).unwrap();

    download(&c, "cut", &link).unwrap_err();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read(&real).unwrap(), b"before");
    assert_eq!(names(&dir), ["link.zip", "real.zip"]);

    assert_eq!(download(&c, "whole", &link).unwrap(), LEN as u64);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("real.zip"));
    assert_eq!(std::fs::read(&real).unwrap(), vec![7u8; LEN]);

    // A link to a file that does not exist yet: the file is made.
    let dangling = dir.join("dangling.zip");
    std::os::unix::fs::symlink(dir.join("sub-target.zip"), &dangling).unwrap();
    download(&c, "cut", &dangling).unwrap_err();
    assert!(!dir.join("sub-target.zip").exists());
    download(&c, "whole", &dangling).unwrap();
    assert!(std::fs::symlink_metadata(&dangling).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read(dir.join("sub-target.zip")).unwrap().len(), LEN);
    assert_eq!(names(&dir), ["dangling.zip", "link.zip", "real.zip", "sub-target.zip"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Reads everything written to the FIFO at `path` on a thread of its own.
#[cfg(unix)]
fn read_fifo(path: &Path) -> std::thread::JoinHandle<Vec<u8>> {
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let mut got = Vec::new();
        std::fs::File::open(path).unwrap().read_to_end(&mut got).unwrap();
        got
    })
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_to_and_never_removed() {
    dss_api_tests::within(
        Duration::from_secs(20),
        "the download into a FIFO (one nobody reads would block forever)",
        || {
            use std::os::unix::fs::FileTypeExt as _;
            let server = server();
            let c = DssClient::new(&server.url, "k").unwrap();
            let dir = scratch("fifo");
            let fifo = dir.join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
            assert!(made.success());

            let reader = read_fifo(&fifo);
            download(&c, "cut", &fifo).unwrap_err();
            assert_eq!(reader.join().unwrap(), vec![7u8; CUT], "what arrived went through");
            assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

            let reader = read_fifo(&fifo);
            assert_eq!(download(&c, "whole", &fifo).unwrap(), LEN as u64);
            assert_eq!(reader.join().unwrap().len(), LEN);
            assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
            assert_eq!(names(&dir), ["pipe"]);
            std::fs::remove_dir_all(&dir).unwrap();
        },
    );
}

#[cfg(unix)]
#[test]
fn a_device_is_written_to_and_never_removed() {
    use std::os::unix::fs::FileTypeExt as _;
    let server = server();
    let c = DssClient::new(&server.url, "k").unwrap();
    let dir = scratch("device");
    // A null device of our own where the system lets us make one (root),
    // so that a failure could only ever remove that; `/dev/null` otherwise.
    let own = dir.join("null");
    let made = std::process::Command::new("mknod")
        .arg(&own)
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let device = if made { own } else { PathBuf::from("/dev/null") };
    let link = dir.join("to-null");
    std::os::unix::fs::symlink(&device, &link).unwrap();

    for target in [&device, &link] {
        download(&c, "cut", target).unwrap_err();
        assert!(std::fs::metadata(&device).unwrap().file_type().is_char_device());
        assert_eq!(download(&c, "whole", target).unwrap(), LEN as u64);
        assert!(std::fs::metadata(&device).unwrap().file_type().is_char_device());
    }
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    let mut left = vec!["to-null".to_owned()];
    if made {
        left.insert(0, "null".to_owned());
    }
    assert_eq!(names(&dir), left, "no temporary file next to the link");
    std::fs::remove_dir_all(&dir).unwrap();
}
