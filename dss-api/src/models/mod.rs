//! Typed answers. Every model keeps the members it does not name in
//! `extra`, so an object read, changed and sent back loses nothing; members
//! that DSS may leave out are `Option`s, and stay absent when written back.

/// Declares a model: required members, optional members (absent stays
/// absent when written back), the `extra` catch-all, and optionally the
/// conversion of a list item into the handle it names.
macro_rules! model {
    (
        $(#[$m:meta])*
        $name:ident {
            $( $(#[$fm:meta])* $field:ident : $ty:ty, )*
            $( ? $(#[$om:meta])* $ofield:ident : $oty:ty, )*
        }
        $( => $getter:ident ( $($hf:ident),* ) -> $handle:ident )?
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $( $(#[$fm])* pub $field: $ty, )*
            $(
                $(#[$om])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $ofield: Option<$oty>,
            )*
            /// Every other member, as sent.
            #[serde(flatten)]
            pub extra: $crate::models::Extra,
        }
        $(
            impl $name {
                #[doc = concat!("The [`", stringify!($handle), "`](crate::", stringify!($handle), ") this item names (no request).")]
                pub fn to_handle(&self, client: &$crate::DssClient) -> $crate::$handle {
                    client.$getter($( &self.$hf ),*)
                }
            }
        )?
    };
}

mod admin;
mod futures;
mod instance;
mod projects;

pub use admin::*;
pub use futures::*;
pub use instance::*;
pub use projects::*;

pub use crate::extra::Extra;
