//! TLS for `mqtts://`: the system's certificate authorities plus, optionally, the conference's
//! own (`--bus-ca FILE`), by rustls with ring (no C library to build).

use std::path::Path;
use std::sync::Arc;

use rumqttc::TlsConfiguration;
use tokio_rustls::rustls::pki_types::CertificateDer;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;
use tokio_rustls::rustls::{ClientConfig, RootCertStore};

/// The TLS settings for a broker: the system's roots, and every certificate in `ca`.
///
/// # Errors
/// `ca` cannot be read or holds no certificate; no authority at all to trust.
pub fn configuration(ca: Option<&Path>) -> Result<TlsConfiguration, String> {
    let mut roots = RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    let (_, _) = roots.add_parsable_certificates(native.certs);
    if let Some(ca) = ca {
        let mut added = 0;
        let certs = CertificateDer::pem_file_iter(ca)
            .map_err(|e| format!("{}: cannot read the certificate file: {e}", ca.display()))?;
        for cert in certs {
            let cert = cert.map_err(|e| format!("{}: not a PEM certificate: {e}", ca.display()))?;
            roots.add(cert).map_err(|e| format!("{}: the certificate is not usable: {e}", ca.display()))?;
            added += 1;
        }
        if added == 0 {
            return Err(format!(
                "{}: holds no certificate (expected PEM, -----BEGIN CERTIFICATE-----)",
                ca.display()
            ));
        }
    }
    if roots.is_empty() {
        return Err("no certificate authority to trust: the system has none installed (ca-certificates); give the broker's with --bus-ca FILE".to_owned());
    }
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(TlsConfiguration::Rustls(Arc::new(config)))
}
