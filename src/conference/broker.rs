//! A broker of its own for a conference without one (`chairtime wall --broker`,
//! docs/conference.md): rumqttd, embedded, speaking MQTT 5 on one port, in memory (a restart of the
//! organisers' laptop empties it; the rooms send their journals again and the collector asks for
//! what it lacks). No accounts and no ACLs: for the organisers' own network. A big conference
//! points its rooms at its own Mosquitto instead.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use rumqttd::{Broker, Config, ConnectionSettings, RouterConfig, ServerSettings};

/// The largest message the broker takes (a journal's first line holds the whole plan).
const MAX_PAYLOAD: usize = 1 << 20;

/// Starts the broker on `listen`, on a thread of its own for the life of the process (rumqttd has
/// no stop), and returns once it takes connections.
///
/// # Errors
/// The address cannot be listened on (taken, or not this computer's); the broker did not come up.
pub fn start(listen: SocketAddr) -> Result<(), String> {
    // rumqttd logs a failed bind and goes on: try it first, to say so in a sentence.
    drop(TcpListener::bind(listen).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => {
            format!("port {} is already in use (another broker?); give another port in the link, as mqtt://localhost:1884/PREFIX", listen.port())
        }
        _ => format!("cannot listen on {listen}: {e}"),
    })?);
    let connections = ConnectionSettings {
        connection_timeout_ms: 10_000,
        max_payload_size: MAX_PAYLOAD,
        max_inflight_count: 100,
        auth: None,
        external_auth: None,
        dynamic_filters: true,
    };
    let server = ServerSettings {
        name: "chairtime".to_owned(),
        listen,
        tls: None,
        next_connection_delay_ms: 1,
        connections,
    };
    let config = Config {
        router: RouterConfig {
            max_connections: 10_000,
            max_outgoing_packet_count: 200,
            max_segment_size: 4 << 20,
            max_segment_count: 16,
            ..RouterConfig::default()
        },
        v5: Some(HashMap::from([("mqtt5".to_owned(), server)])),
        ..Config::default()
    };
    std::thread::Builder::new()
        .name("chairtime-broker".to_owned())
        .spawn(move || {
            let mut broker = Broker::new(config);
            let _ = broker.start();
        })
        .map_err(|e| format!("cannot start the broker: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(5);
    let probe =
        if listen.ip().is_unspecified() { SocketAddr::from(([127, 0, 0, 1], listen.port())) } else { listen };
    while TcpStream::connect(probe).is_err() {
        if Instant::now() > deadline {
            return Err(format!("the broker did not come up on {listen}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}
