//! The schedule from the conference's URL, against a real HTTP server on 127.0.0.1 started by each
//! test (tests/common/schedule_server.rs) serving successive versions of tests/fixtures/url:
//! `check URL` with its ETag and 304, what changed since the cached copy, a start without a
//! network from the cache, every kind of failure told in plain words, redirects, gzip and the
//! token; and a headless room kept in sync while it runs: a version that changes only another
//! room says nothing, a failure is said once and the session runs on, a changed talk is offered
//! and journaled with its version, a vanished room is said and not taken.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers: a failed step is a failed test"
)]

#[path = "common/http.rs"]
mod http;
#[path = "common/room.rs"]
mod room;
#[path = "common/schedule_server.rs"]
mod schedule_server;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use schedule_server::{Reply, Server, schedule};

const V1: &str = include_str!("fixtures/url/conference-v1.xml");
const TALK_2: &str = "<title>Keeping schedules in sync</title>";
const HALL_B_TALK: &str = "<date>2026-12-05T11:00:00+01:00</date>
        <start>11:00</start>
        <duration>00:30</duration>
        <room>Hall B</room>";

/// Version `v` of the conference, with these replacements made in version 1.
fn version(v: &str, edits: &[(&str, &str)]) -> String {
    let mut text = V1.replace("<version>1.0</version>", &format!("<version>{v}</version>"));
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture holds {from}");
        text = text.replace(from, to);
    }
    text
}

/// Version 1.1: only Hall B changes (its second talk moves to 11:30).
fn only_hall_b_changed() -> String {
    version("1.1", &[(HALL_B_TALK, &HALL_B_TALK.replace("11:00", "11:30"))])
}

/// Version 1.2: the second talk of Hall A is retitled.
fn talk_retitled() -> String {
    version("1.2", &[(TALK_2, "<title>Keeping schedules in sync, live</title>")])
}

/// Version 1.3: Hall A is gone (its talks moved nowhere).
fn hall_a_removed() -> String {
    let start = V1.find("<room name=\"Hall A\"").unwrap();
    let end = V1.find("<room name=\"Hall B\"").unwrap();
    let mut text = version("1.3", &[]);
    text.replace_range(text.find(&V1[start..end]).unwrap()..text.find("<room name=\"Hall B\"").unwrap(), "");
    text
}

/// A home of its own: the cache, the data folder, no token in the environment.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }

    fn chairtime(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_chairtime"));
        c.env("CHAIRTIME_LANGUAGE", "en")
            .env("HOME", self.dir.path())
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("CHAIRTIME_FETCH_TIMEOUT", "2")
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("no_proxy", "127.0.0.1,localhost")
            .env_remove("CHAIRTIME_SCHEDULE_TOKEN");
        c
    }

    fn check(&self, url: &str, extra: &[&str]) -> (Output, String, String) {
        let out = self.chairtime().arg("check").arg(url).args(extra).output().unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        (out, stdout, stderr)
    }
}

#[test]
fn check_fetches_the_url_names_its_version_and_asks_again_with_the_etag_for_a_304() {
    let server = Server::start();
    server.set("/ev/schedule.xml", schedule(V1, "v1"));
    let home = Home::new();
    let url = server.url("/ev/schedule.xml");
    let (out, stdout, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("Keeping schedules in sync — Grace Hopper"), "the running order: {stdout}");
    assert!(stderr.contains(&format!("{url}: version 1.0")), "{stderr}");
    assert!(!stderr.contains("fetched before"), "there was no copy before: {stderr}");

    let (out, _, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert!(out.status.success());
    assert!(stderr.contains("the same as the copy fetched before"), "{stderr}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].headers.get("if-none-match"), None, "nothing to validate the first time");
    assert_eq!(
        requests[1].headers.get("if-none-match").map(String::as_str),
        Some("\"v1\""),
        "the ETag as received"
    );
    let agent = requests[0].headers.get("user-agent").unwrap();
    assert!(agent.starts_with(&format!("chairtime/{}", env!("CARGO_PKG_VERSION"))), "{agent}");
    assert!(requests[0].headers.get("accept-encoding").is_some_and(|a| a.contains("gzip")));

    // The cache is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let entries = std::fs::read_dir(home.dir.path().join("cache/chairtime/schedules")).unwrap();
        for entry in entries {
            let entry = entry.unwrap().path();
            assert_eq!(std::fs::metadata(&entry).unwrap().permissions().mode() & 0o777, 0o700);
            let meta = std::fs::read_to_string(entry.join("meta.json")).unwrap();
            assert!(
                meta.contains("\"version\": \"1.0\"") && meta.contains("\"etag\": \"\\\"v1\\\"\""),
                "{meta}"
            );
        }
    }
}

#[test]
fn check_says_what_changed_since_the_cached_copy_for_the_room_asked_or_the_whole_conference() {
    let server = Server::start();
    let home = Home::new();
    let url = server.url("/ev/schedule.xml");
    server.set("/ev/schedule.xml", schedule(V1, "v1"));
    assert!(home.check(&url, &["--room", "Hall A"]).0.status.success());

    server.set("/ev/schedule.xml", schedule(&only_hall_b_changed(), "v1.1"));
    let (out, stdout, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("no changes for Hall A since version 1.0"), "{stderr}");
    assert!(stdout.contains("Keeping schedules in sync"));

    // Version 1.2 retitles a talk in Hall A and puts Hall B's moved talk back at 11:00.
    server.set("/ev/schedule.xml", schedule(&talk_retitled(), "v1.2"));
    let (_, _, stderr) = home.check(&url, &["--room", "Hall B"]);
    assert!(stderr.contains("version 1.2") && stderr.contains("1 change since version 1.1"), "{stderr}");
    assert!(
        stderr.contains("“Monotonic time for beginners”: Sat 11:30 Hall B → Sat 11:00 Hall B"),
        "{stderr}"
    );
    assert!(!stderr.contains("now titled"), "Hall A's change is not Hall B's: {stderr}");
    let (_, stdout, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert!(stderr.contains("the same as the copy fetched before"), "fetched already: {stderr}");
    assert!(stdout.contains("Keeping schedules in sync, live"), "{stdout}");

    // The whole conference: Hall A's three talks are gone.
    server.set("/ev/schedule.xml", schedule(&hall_a_removed(), "v1.3"));
    let (out, _, stderr) = home.check(&url, &["--list"]);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("3 changes since version 1.2"), "{stderr}");
    assert!(stderr.contains("gone: “Keeping schedules in sync, live” (Sat 10:30 Hall A)"), "{stderr}");
    // A room that vanished is said with the sessions the schedule still has.
    let (out, _, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("Hall B"), "{stderr}");
}

#[test]
fn without_the_network_the_last_copy_is_used_with_its_age_and_without_a_copy_the_error_is_clear() {
    let server = Server::start();
    let home = Home::new();
    let url = server.url("/ev/schedule.xml");
    server.set("/ev/schedule.xml", schedule(V1, "v1"));
    // Another address of the same server: never fetched, no copy.
    let (out, _, stderr) = home.check(&server.url("/other/schedule.xml"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("no schedule at this address (HTTP 404): check the address for a typo"),
        "{stderr}"
    );
    assert!(stderr.contains("No copy of this schedule was fetched before"), "{stderr}");

    assert!(home.check(&url, &["--room", "Hall A"]).0.status.success());
    server.stop();
    let (out, stdout, stderr) = home.check(&url, &["--room", "Hall A"]);
    assert!(out.status.success(), "the copy serves: {stderr}");
    assert!(stdout.contains("Opening the schedule"));
    assert!(stderr.contains(&format!("127.0.0.1:{} cannot be reached", server.port)), "{stderr}");
    assert!(stderr.contains("uses the copy fetched just now (version 1.0)"), "{stderr}");

    let (out, _, stderr) = home.check(&server.url("/other/schedule.xml"), &[]);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("nothing to start from"), "{stderr}");
}

#[test]
fn a_login_page_an_error_status_a_slow_answer_and_a_cut_off_body_are_each_told_and_the_copy_kept() {
    let server = Server::start();
    let home = Home::new();
    let url = server.url("/ev/schedule.xml");
    server.set("/ev/schedule.xml", schedule(V1, "v1"));
    assert!(home.check(&url, &["--room", "Hall A"]).0.status.success());

    let cases = [
        (
            Reply::Page("<!DOCTYPE html><html><body><form>Sign in to CampusNet</form></body></html>".into()),
            "sent a web page instead of the schedule",
        ),
        (Reply::Status(500), "has a problem of its own (HTTP 500)"),
        (Reply::Status(403), "refuses the schedule without a login"),
        (Reply::Slow(Duration::from_secs(4), Box::new(schedule(V1, "v1"))), "did not answer in time"),
        (Reply::Cut(talk_retitled().into_bytes()), "cut off"),
        (
            Reply::Schedule { body: talk_retitled().as_bytes()[..1500].to_vec(), etag: None, gzip: false },
            "not a schedule chairtime can read",
        ),
    ];
    for (reply, said) in cases {
        server.set("/ev/schedule.xml", reply.clone());
        let (out, stdout, stderr) = home.check(&url, &["--room", "Hall A"]);
        assert!(out.status.success(), "{reply:?}: {stderr}");
        assert!(stderr.contains(said), "{reply:?}: {stderr}");
        assert!(stderr.contains("uses the copy fetched"), "{reply:?}: {stderr}");
        assert!(
            stdout.contains("Keeping schedules in sync — Grace Hopper"),
            "the last good version: {stdout}"
        );
    }
}

#[test]
fn redirects_are_followed_gzip_is_read_and_the_token_goes_to_the_schedules_host_only() {
    let server = Server::start();
    let home = Home::new();
    let gz = Reply::Schedule { body: V1.as_bytes().to_vec(), etag: None, gzip: true };
    server.set("/new/schedule.xml", gz);
    server.set("/old/schedule.xml", Reply::Redirect(server.url("/new/schedule.xml")));
    let elsewhere = format!("http://localhost:{}/new/schedule.xml", server.port);
    server.set("/moved/schedule.xml", Reply::Redirect(elsewhere));
    let check = |path: &str| {
        let out = home
            .chairtime()
            .env("CHAIRTIME_SCHEDULE_TOKEN", "s3cret")
            .args(["check", "--room", "Hall B"])
            .arg(server.url(path))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(check("/old/schedule.xml").contains("Workshop on wall clocks"));
    assert!(check("/moved/schedule.xml").contains("Workshop on wall clocks"));
    let requests = server.requests();
    let auth: Vec<(&str, Option<&str>, Option<&str>)> = requests
        .iter()
        .map(|r| {
            (
                r.path.as_str(),
                r.headers.get("host").map(String::as_str),
                r.headers.get("authorization").map(String::as_str),
            )
        })
        .collect();
    let port = server.port;
    let (here, there) = (format!("127.0.0.1:{port}"), format!("localhost:{port}"));
    assert_eq!(
        auth,
        [
            ("/old/schedule.xml", Some(here.as_str()), Some("Token s3cret")),
            ("/new/schedule.xml", Some(here.as_str()), Some("Token s3cret")),
            ("/moved/schedule.xml", Some(here.as_str()), Some("Token s3cret")),
            ("/new/schedule.xml", Some(there.as_str()), None),
        ],
        "the token follows a redirect on the same host only"
    );
}

/// Waits until the server has been asked `n` more times than `before`, and a little longer for
/// the room to take the answer.
fn polled(server: &Server, before: usize, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.requests().len() < before + n {
        assert!(Instant::now() < deadline, "the room stopped asking the URL");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(600));
}

fn notices(state: &serde_json::Value) -> String {
    format!("{} {}", state["chair"]["notices"], state["chair"]["alerts"])
}

#[test]
fn a_headless_room_on_a_url_is_kept_in_sync_and_a_failure_never_disturbs_the_session() {
    let server = Server::start();
    let url = server.url("/ev/schedule/export/schedule.xml");
    server.set("/ev/schedule/export/schedule.xml", schedule(V1, "v1"));
    let place = room::Place::new();
    let room = place.start_on(Path::new(&url), &["--room", "Hall A", "--sync-every", "1s"]);
    assert_eq!(room.send(r#"{"command":"start"}"#).status, 200);
    room.wait_for("the first talk running", |s| s["speaker"]["title"] == "Opening the schedule");

    // Only Hall B changes: nothing is said or offered.
    server.set("/ev/schedule/export/schedule.xml", schedule(&only_hall_b_changed(), "v1.1"));
    polled(&server, server.requests().len(), 2);
    let state = room.state();
    assert!(!room::can(&state, "reload") && !notices(&state).contains("changed"), "{state}");

    // The server fails: one notice, the session runs on.
    server.set("/ev/schedule/export/schedule.xml", Reply::Status(500));
    polled(&server, server.requests().len(), 3);
    let state = room.state();
    let n = notices(&state);
    assert_eq!(n.matches("HTTP 500").count(), 1, "said once over three looks: {n}");
    assert!(n.contains("The session runs on version 1.1"), "{n}");
    assert_eq!(room.send(r#"{"command":"next"}"#).status, 200, "the session is not disturbed");

    // A talk of this room is retitled: offered, the failure's notice withdrawn.
    server.set("/ev/schedule/export/schedule.xml", schedule(&talk_retitled(), "v1.2"));
    let state = room.wait_for("offered the new version", |s| {
        room::can(s, "reload") && notices(s).contains("The schedule at its URL changed")
    });
    let n = notices(&state);
    assert!(
        n.contains("The schedule at its URL changed") && n.contains("Keeping schedules in sync, live"),
        "{n}"
    );
    assert!(!n.contains("HTTP 500") && n.contains("answers again"), "{n}");
    assert_eq!(room.send(r#"{"command":"reload"}"#).status, 200);

    // Hall A vanishes: said, and not taken.
    server.set("/ev/schedule/export/schedule.xml", schedule(&hall_a_removed(), "v1.3"));
    let state = room.wait_for("told the room is gone", |s| notices(s).contains("no session in Hall A"));
    assert!(!room::can(&state, "reload"), "{state}");
    // Hall A comes back: the warning is no longer true, and goes.
    let back = talk_retitled().replace("<version>1.2</version>", "<version>1.4</version>");
    server.set("/ev/schedule/export/schedule.xml", schedule(&back, "v1.4"));
    room.wait_for("the warning withdrawn", |s| !notices(s).contains("no session in Hall A"));
    assert!(room.terminate().success(), "{}", place.stderr());
    let stderr = place.stderr();
    assert_eq!(stderr.matches("HTTP 500").count(), 1, "said once on the terminal too: {stderr}");

    let replayed = chairtime::timing::journal::replay_path(&place.journal()).unwrap();
    assert_eq!(replayed.header.source.as_deref(), Some(url.as_str()), "the journal names the URL");
    assert_eq!(replayed.header.source_version.as_deref(), Some("1.0"), "and the version it ran from");
    let versions: Vec<_> = replayed
        .entries
        .iter()
        .filter_map(|e| match &e.command {
            chairtime::timing::command::Command::Replan { version, source, .. } => {
                Some((version.clone(), source.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(versions, [(Some("1.2".to_owned()), Some(url.clone()))], "the re-plan names its version");
    let talks = &replayed.engine.session().items;
    assert!(talks.iter().any(|i| i.title == "Keeping schedules in sync, live"));
}

#[test]
fn a_headless_room_starts_from_the_cached_copy_without_a_network_and_says_how_old_it_is() {
    let server = Server::start();
    let url = server.url("/ev/schedule.xml");
    server.set("/ev/schedule.xml", schedule(V1, "v1"));
    let place = room::Place::new();
    let room = place.start_on(Path::new(&url), &["--room", "Hall A"]);
    assert!(room.terminate().success());
    server.stop();
    let room = place.start_on(Path::new(&url), &["--room", "Hall A"]);
    let state = room.state();
    let n = notices(&state);
    assert!(
        n.contains("could not be fetched") && n.contains("uses the copy fetched just now (version 1.0)"),
        "{n}"
    );
    assert!(state["speaker"]["headline"].as_str().is_some());
    assert!(room.terminate().success());
}

/// Every real conference file in `CHAIRTIME_SAMPLES` (CI sets it when the samples sit beside the
/// checkout), served from a URL with gzip, lists the same sessions as the file itself; a second
/// version of each, with its first talk retitled, is told as exactly that change.
#[test]
fn every_real_conference_file_from_a_url_reads_as_the_file_and_a_retitled_talk_is_its_one_change() {
    let Some(dir) = std::env::var_os("CHAIRTIME_SAMPLES") else { return };
    let server = Server::start();
    let home = Home::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.ends_with(".xml") || name.ends_with(".json") || name.ends_with(".ics")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let route = format!("/samples/{name}");
        server.set(&route, Reply::Schedule { body: text.clone().into_bytes(), etag: None, gzip: true });
        let listed = |what: &str| {
            let out = home.chairtime().args(["check", "--list"]).arg(what).output().unwrap();
            assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
            (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
        };
        let url = server.url(&route);
        let (from_url, said) = listed(&url);
        assert_eq!(from_url, listed(path.to_str().unwrap()).0, "{name}");
        if let Some(v) = chairtime::fetch::version_of(&text) {
            assert!(said.contains(&format!("version {v}")), "{name}: {said}");
        }
        // The first talk's title, as the file writes it, retitled in the next version.
        let imported = chairtime::fetch::diff::read(&name, &text).unwrap();
        let Some(first) = imported.events.iter().find(|e| !e.is_break && text.matches(&e.title).count() == 1)
        else {
            continue;
        };
        let retitled = text.replacen(&first.title, &format!("{} (moved up)", first.title), 1);
        server.set(&route, Reply::Schedule { body: retitled.into_bytes(), etag: None, gzip: true });
        let (_, said) = listed(&url);
        assert!(said.contains("1 change since") && said.contains("(moved up)"), "{name}: {said}");
        count += 1;
    }
    assert!(count > 0, "CHAIRTIME_SAMPLES has no conference files");
}
