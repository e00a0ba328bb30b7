//! A small HTTP/1.1 server on 127.0.0.1 for the fetching tests: fixed
//! answers by path, one thread per connection, no outside network.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the server answers for a path.
#[derive(Clone)]
pub enum Reply {
    /// 200 with this Content-Type and body; `{base}` in a UTF-8 body
    /// becomes the server's address.
    Body(&'static str, Vec<u8>),
    /// 200 with a body of this many bytes and no Content-Length: only
    /// reading it shows how large it is.
    Endless(usize),
    Status(u16, &'static str),
    /// 302 to this path.
    Redirect(&'static str),
    /// Reads the request and never answers; the connection stays open
    /// until the client gives up.
    Silent,
    /// 200 with the next of these HTML bodies at each request, the last one
    /// from then on: a page that changes between fetches.
    Changing(Arc<AtomicUsize>, Vec<&'static str>),
    /// A feed with this ETag: 304 to a request that names it in
    /// If-None-Match, else the body, counting how often it was sent.
    Tagged(&'static str, &'static str, Arc<AtomicUsize>),
}

pub struct Server {
    pub base: String,
}

/// Starts a server answering `routes`; anything else is a 404. It lives as
/// long as the test process.
pub fn serve(routes: Vec<(&'static str, Reply)>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let routes = Arc::new(routes);
    let server_base = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let routes = Arc::clone(&routes);
            let base = server_base.clone();
            std::thread::spawn(move || answer(stream, &routes, &base));
        }
    });
    Server { base }
}

fn answer(mut stream: TcpStream, routes: &[(&str, Reply)], base: &str) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut headers = Vec::new();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        headers.push(line.trim().to_ascii_lowercase());
        line.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let reply = routes
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(Reply::Status(404, "Not Found"), |(_, r)| r.clone());
    let reply = match reply {
        Reply::Changing(served, bodies) => {
            let next = served.fetch_add(1, Ordering::SeqCst).min(bodies.len() - 1);
            Reply::Body("text/html", bodies[next].as_bytes().to_vec())
        }
        Reply::Tagged(etag, body, sent) => {
            let asked = format!("if-none-match: {}", etag.to_ascii_lowercase());
            if headers.contains(&asked) {
                Reply::Status(304, "Not Modified")
            } else {
                sent.fetch_add(1, Ordering::SeqCst);
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: {etag}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                return;
            }
        }
        other => other,
    };
    let _ = match reply {
        Reply::Body(content_type, body) => {
            // Bytes in other encodings go as they are.
            let body = match String::from_utf8(body) {
                Ok(text) => text.replace("{base}", base).into_bytes(),
                Err(e) => e.into_bytes(),
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body))
        }
        Reply::Endless(size) => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
            let chunk = vec![b'x'; 8192];
            let mut result = stream.write_all(head.as_bytes());
            let mut sent = 0;
            while result.is_ok() && sent < size {
                result = stream.write_all(&chunk);
                sent += chunk.len();
            }
            result
        }
        Reply::Status(code, reason) => stream.write_all(
            format!("HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes(),
        ),
        Reply::Redirect(to) => stream.write_all(
            format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes(),
        ),
        Reply::Silent => {
            // Blocks until the client closes the connection.
            let _ = reader.read_to_end(&mut Vec::new());
            Ok(())
        }
        Reply::Changing(..) | Reply::Tagged(..) => unreachable!("answered above"),
    };
}
