//! A terminal emulator's report of what it was asked to do besides drawing,
//! shared with `#[path]`: the vt100 crate parses the bytes, and these
//! callbacks record titles, clipboard writes and anything it does not know.

/// Everything a terminal emulator was asked to do besides drawing.
#[derive(Default, Debug)]
pub struct Events {
    pub titles: Vec<String>,
    pub clipboard: Vec<(Vec<u8>, Vec<u8>)>,
    pub other: Vec<String>,
}

impl vt100::Callbacks for Events {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.other.push("bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.other.push("visual bell".into());
    }
    fn resize(&mut self, _: &mut vt100::Screen, request: (u16, u16)) {
        self.other.push(format!("resize {request:?}"));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.other
            .push(format!("icon name {:?}", String::from_utf8_lossy(name)));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles
            .push(String::from_utf8_lossy(title).into_owned());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, ty: &[u8], data: &[u8]) {
        self.clipboard.push((ty.to_vec(), data.to_vec()));
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8]) {
        self.other.push("paste request".into());
    }
    fn unhandled_char(&mut self, _: &mut vt100::Screen, c: char) {
        self.other.push(format!("char {c:?}"));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.other.push(format!("control {b:#x}"));
    }
    fn unhandled_escape(&mut self, _: &mut vt100::Screen, i1: Option<u8>, i2: Option<u8>, b: u8) {
        self.other.push(format!("escape {i1:?} {i2:?} {b:#x}"));
    }
    fn unhandled_csi(
        &mut self,
        _: &mut vt100::Screen,
        i1: Option<u8>,
        i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        self.other.push(format!("csi {i1:?} {i2:?} {params:?} {c}"));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.other.push(format!("osc {params:?}"));
    }
}
