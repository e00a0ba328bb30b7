//! Who met whom as a picture: the dossier's actor in the middle, everyone
//! they share a meeting with to the left and right, joined by Braille edges
//! (ratatui's Canvas): solid for held meetings, one line more for a second
//! and a third, dotted where they have only planned to meet. Each partner's
//! label carries a mark (`✓` held, `◷` planned only), the number of shared
//! meetings and `+n` for the people they met beyond the middle actor; the
//! bottom row names that next ring for the selected partner. The lines are
//! who met whom's, so `j`/`k`, `Enter` and `f` act as in the table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Context, Line as CanvasLine, Points};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Entry, Partner};
use crate::model::{ActorId, MeetingStatus};

use super::text::{fit, pad_left};
use super::theme::Theme;

/// Smaller than this the graph is not drawn; a line says so.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 5;

/// A partner placed on screen: the row, the side, where its edge ends.
struct Node<'a> {
    partner: &'a Partner,
    held: usize,
    row: u16,
    left: bool,
    selected: bool,
}

fn held_count(app: &App, p: &Partner) -> usize {
    let meetings = &app.briefing.meetings;
    p.meetings
        .iter()
        .filter(|&&m| meetings[m].status == MeetingStatus::Held)
        .count()
}

/// The people `partner` met besides `centre`: the next ring.
fn further(app: &App, partner: ActorId, centre: ActorId) -> Vec<ActorId> {
    let met = &app.index.actors[partner].met;
    met.iter().copied().filter(|&a| a != centre).collect()
}

fn label(app: &App, node: &Node, centre: ActorId, room: usize) -> String {
    let p = node.partner;
    let mark = if node.held > 0 { "✓" } else { "◷" };
    let more = further(app, p.actor, centre).len();
    let more = if more > 0 {
        format!(" +{more}")
    } else {
        String::new()
    };
    let tail = format!(" ×{}{more}", p.meetings.len());
    let name_room = room.saturating_sub(2 + tail.chars().count());
    let name = fit(&app.briefing.actors[p.actor].name, name_room);
    format!("{mark} {name}{tail}")
}

/// Partners shown: as many as fit two to a row beside the centre's row, a
/// window that keeps the selected one in it.
fn place<'a>(app: &'a App, rows: u16) -> (Vec<Node<'a>>, usize) {
    let d = &app.dossier;
    let partners: Vec<(usize, &Partner)> = d
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Entry::Partner(p) => Some((i, p)),
            _ => None,
        })
        .collect();
    let capacity = 2 * usize::from(rows.saturating_sub(1));
    let at = partners.iter().position(|(i, _)| *i == d.cursor.selected);
    let start = at.map_or(0, |s| (s + 1).saturating_sub(capacity));
    let shown: Vec<(usize, &Partner)> = partners
        .iter()
        .copied()
        .skip(start)
        .take(capacity)
        .collect();
    let left_len = shown.len().div_ceil(2);
    let nodes = shown
        .iter()
        .enumerate()
        .map(|(k, &(i, partner))| {
            let (left, slot, side_len) = if k < left_len {
                (true, k, left_len)
            } else {
                (false, k - left_len, shown.len() - left_len)
            };
            // The middle row is the centre's; partners share out the others.
            let free = usize::from(rows).saturating_sub(1).max(1);
            let mut row = ((2 * slot + 1) * free / (2 * side_len)) as u16;
            if row >= rows / 2 {
                row += 1;
            }
            Node {
                partner,
                held: held_count(app, partner),
                row,
                left,
                selected: Some(i) == at.map(|s| partners[s].0),
            }
        })
        .collect();
    (nodes, partners.len() - shown.len())
}

/// A dotted line: dashes of two Braille dots with gaps of two.
fn dotted(ctx: &mut Context, from: (f64, f64), to: (f64, f64), color: Color) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let steps = (dx.abs() * 2.0).max(dy.abs() * 4.0).ceil().max(1.0) as usize;
    let coords: Vec<(f64, f64)> = (0..=steps)
        .filter(|i| (i / 2) % 2 == 0)
        .map(|i| {
            let t = i as f64 / steps as f64;
            (from.0 + dx * t, from.1 + dy * t)
        })
        .collect();
    ctx.draw(&Points::new(&coords, color));
}

/// Geometry shared by the edges and the labels, in cells of the graph area.
struct Frame {
    width: u16,
    height: u16,
    centre_row: u16,
    /// Where the edges meet, under the middle of the centre's name.
    centre_x: u16,
    node_x: (u16, u16),
}

impl Frame {
    /// A cell's centre in canvas coordinates (y grows upwards).
    fn point(&self, x: f64, row: u16) -> (f64, f64) {
        (x, f64::from(self.height) - f64::from(row) - 0.5)
    }
}

fn edges(frame: &Frame, nodes: &[Node], theme: &Theme, area: Rect, buf: &mut Buffer) {
    let canvas = Canvas::default()
        .x_bounds([0.0, f64::from(frame.width)])
        .y_bounds([0.0, f64::from(frame.height)])
        .paint(|ctx| {
            for node in nodes {
                let end = if node.left {
                    frame.node_x.0
                } else {
                    frame.node_x.1
                };
                let from = frame.point(f64::from(frame.centre_x) + 0.5, frame.centre_row);
                let to = frame.point(f64::from(end), node.row);
                if node.held == 0 {
                    dotted(ctx, from, to, theme.edge_planned);
                    continue;
                }
                // One line per held meeting, up to three, a Braille dot apart.
                for k in 0..node.held.min(3) {
                    let dy = [0.0, 0.25, -0.25][k];
                    let line =
                        CanvasLine::new(from.0, from.1 + dy, to.0, to.1 + dy, theme.edge_held);
                    ctx.draw(&line);
                }
            }
        });
    canvas.render(area, buf);
}

fn note(text: &str, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    buf.set_stringn(
        area.x + 1,
        area.y,
        fit(text, width.saturating_sub(1)),
        width,
        theme.dim,
    );
}

/// The bottom row: who the selected partner met beyond the middle actor,
/// and how many partners did not fit.
fn next_ring(app: &App, nodes: &[Node], hidden: usize, centre: ActorId) -> String {
    let names = |ids: &[ActorId]| -> Vec<String> {
        ids.iter()
            .map(|&a| app.briefing.actors[a].name.clone())
            .collect()
    };
    let mut parts = Vec::new();
    if hidden > 0 {
        parts.push(format!("+{hidden} not shown (j/k)"));
    }
    if let Some(node) = nodes.iter().find(|n| n.selected) {
        let who = &app.briefing.actors[node.partner.actor].name;
        let ring = further(app, node.partner.actor, centre);
        parts.push(if ring.is_empty() {
            format!("{who} met no one else")
        } else {
            format!("next ring, via {who}: {}", names(&ring).join(", "))
        });
    }
    parts.join(" · ")
}

pub fn render(app: &App, centre: ActorId, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        note("graph: too small here (m: table)", theme, area, buf);
        return;
    }
    let graph = Rect::new(area.x, area.y, area.width, area.height - 1);
    let (nodes, hidden) = place(app, graph.height);
    if nodes.is_empty() {
        note("no shared meetings", theme, area, buf);
        return;
    }
    let name = fit(
        &app.briefing.actors[centre].name,
        usize::from(graph.width / 3),
    );
    let name_width = name.width() as u16;
    let name_x = (graph.width - name_width) / 2;
    let frame = Frame {
        width: graph.width,
        height: graph.height,
        centre_row: graph.height / 2,
        centre_x: graph.width / 2,
        node_x: (graph.width * 3 / 8, graph.width * 5 / 8),
    };
    edges(&frame, &nodes, theme, graph, buf);
    buf.set_string(
        graph.x + name_x,
        graph.y + frame.centre_row,
        &name,
        theme.heading,
    );
    for node in &nodes {
        let style = match (node.selected, app.dossier.focused) {
            (true, true) => theme.selected,
            (true, false) => theme.marked.patch(theme.selected_unfocused),
            (false, _) => Style::new(),
        };
        let y = graph.y + node.row;
        if node.left {
            let room = usize::from(frame.node_x.0);
            let text = pad_left(&label(app, node, centre, room), room);
            buf.set_stringn(graph.x, y, text, room, style);
        } else {
            let x = frame.node_x.1 + 1;
            let room = usize::from(graph.width - x);
            buf.set_stringn(graph.x + x, y, label(app, node, centre, room), room, style);
        }
    }
    let bottom = next_ring(app, &nodes, hidden, centre);
    let width = usize::from(area.width);
    buf.set_stringn(
        area.x,
        area.bottom() - 1,
        fit(&bottom, width),
        width,
        theme.dim,
    );
}
