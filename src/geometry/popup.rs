//! Where the overlays sit: boxes centred on the screen, shrunk to fit.

use ratatui::layout::Rect;

/// The help box is at most this wide.
const HELP_WIDTH: u16 = 84;

/// A box `width`×`height` in the middle of `area`, shrunk to fit.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The help box on a screen of `area`, border included.
pub fn help_popup(area: Rect) -> Rect {
    centered(area, HELP_WIDTH, area.height.saturating_sub(2).max(3))
}

/// The help lines visible at once on a screen of `area`.
pub fn help_visible(area: Rect) -> usize {
    usize::from(help_popup(area).height.saturating_sub(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn popups_are_centred_and_never_larger_than_the_screen() {
        let cases = [
            (Rect::new(0, 0, 120, 40), 84, 38, Rect::new(18, 1, 84, 38)),
            (Rect::new(0, 0, 40, 10), 84, 8, Rect::new(0, 1, 40, 8)),
            (Rect::new(0, 0, 2, 1), 84, 3, Rect::new(0, 0, 2, 1)),
        ];
        for (area, w, h, want) in cases {
            assert_eq!(centered(area, w, h), want, "{area:?}");
        }
        assert_eq!(help_visible(Rect::new(0, 0, 120, 40)), 36);
    }
}
