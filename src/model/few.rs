//! A list that is nearly always empty, one pointer wide: most quotes and
//! meetings are reported once and agreed on, and a big briefing holds
//! hundreds of thousands of them.

use std::ops::Deref;

#[derive(Debug, Clone, PartialEq, Eq)]
#[expect(
    clippy::box_collection,
    reason = "the box makes an empty list one pointer wide instead of three"
)]
pub struct Few<T>(Option<Box<Vec<T>>>);

impl<T> Few<T> {
    pub const fn new() -> Self {
        Few(None)
    }

    pub fn push(&mut self, item: T) {
        self.0.get_or_insert_default().push(item);
    }
}

impl<T> Default for Few<T> {
    fn default() -> Self {
        Few::new()
    }
}

impl<T> Deref for Few<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl<T> Extend<T> for Few<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_some() {
            self.0.get_or_insert_default().extend(items);
        }
    }
}

impl<T> From<Vec<T>> for Few<T> {
    fn from(items: Vec<T>) -> Self {
        Few((!items.is_empty()).then(|| Box::new(items)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_is_one_pointer_and_allocates_only_when_it_holds_something() {
        assert_eq!(
            std::mem::size_of::<Few<String>>(),
            std::mem::size_of::<usize>()
        );
        let mut few: Few<u32> = Few::new();
        few.extend(std::iter::empty());
        assert_eq!(few, Few(None));
        few.extend([1, 2]);
        few.push(3);
        assert_eq!(&*few, &[1, 2, 3]);
        assert_eq!(Few::from(Vec::<u32>::new()), Few(None));
        assert_eq!(&*Few::from(vec![4]), &[4]);
    }
}
