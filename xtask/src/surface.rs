//! The public surface of a generated client, read from the `syn` syntax tree of its
//! `generated.rs`: each operation with its method and path, each request builder's methods,
//! and each request and response type with its fields or variants. The snapshot tests store
//! this instead of a byte copy of the generated code, so that a spec change shows up as a
//! readable API diff (the code itself is checked fresh by [`crate::generate::run`]).

use std::fmt::Write;

use anyhow::{Context, Result};
use quote::ToTokens;

/// The surface of `generated` (the text of a `generated.rs`), one item a line.
pub fn surface(generated: &str) -> Result<String> {
    let file: syn::File = syn::parse_str(generated).context("generated code does not parse")?;
    let mut out = String::from("# Operations\n");
    for item in &file.items {
        if let syn::Item::Impl(block) = item
            && block.trait_.is_none()
            && tokens(&block.self_ty) == "Client"
        {
            for method in methods(block) {
                if let Some(route) = route(&method.attrs) {
                    let ret = match &method.sig.output {
                        syn::ReturnType::Type(_, ty) => tokens(ty),
                        syn::ReturnType::Default => "()".into(),
                    };
                    writeln!(out, "{}: {route} -> {ret}", method.sig.ident)?;
                }
            }
        }
    }
    for (name, module) in modules(&file.items) {
        match name.as_str() {
            "builder" => builders(&mut out, module)?,
            "types" => types(&mut out, module)?,
            _ => {}
        }
    }
    Ok(shorten(&out))
}

/// The surface with the standard library's paths written as a reader would: `Option`, not
/// `::std::option::Option`.
fn shorten(surface: &str) -> String {
    [
        ("::std::option::Option", "Option"),
        ("::std::string::String", "String"),
        ("::std::vec::Vec", "Vec"),
        ("::std::num::", ""),
        ("std::convert::", ""),
        ("std::ops::", ""),
        ("std::fmt::", "fmt::"),
        ("( ", "("),
        (", )", ")"),
    ]
    .iter()
    .fold(surface.to_string(), |text, (long, short)| {
        text.replace(long, short)
    })
}

/// `ty` as rustfmt would write it (through prettyplease, as the generated code itself is).
fn tokens(ty: &impl ToTokens) -> String {
    let item: syn::File = syn::parse_quote!(type __T = #ty;);
    let text = prettyplease::unparse(&item);
    let text = text.trim();
    text.strip_prefix("type __T = ")
        .and_then(|t| t.strip_suffix(';'))
        .unwrap_or(text)
        .to_string()
}

/// A where clause's predicates as prettyplease writes them, on one line.
fn predicates(clause: &syn::WhereClause) -> String {
    let item: syn::File = syn::parse_quote!(fn __f() #clause {});
    prettyplease::unparse(&item)
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("fn __f") && *line != "where" && *line != "{}")
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(',')
        .to_string()
}

fn methods(block: &syn::ItemImpl) -> impl Iterator<Item = &syn::ImplItemFn> {
    block.items.iter().filter_map(|item| match item {
        syn::ImplItem::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => Some(f),
        _ => None,
    })
}

/// "METHOD /path" from a generated operation's doc ("Sends a `POST` request to `/path`").
fn route(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let syn::Meta::NameValue(doc) = &attr.meta else {
            return None;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &doc.value
        else {
            return None;
        };
        let text = text.value();
        let rest = &text[text.find("Sends a `")? + "Sends a `".len()..];
        let (method, rest) = rest.split_once('`')?;
        let path = rest.split_once('`')?.1.split_once('`')?.0;
        Some(format!("{method} {path}"))
    })
}

/// The modules directly inside `items`, by name.
fn modules(items: &[syn::Item]) -> Vec<(String, &[syn::Item])> {
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(module) => Some((
                module.ident.to_string(),
                module
                    .content
                    .as_ref()
                    .map_or(&[][..], |(_, items)| &items[..]),
            )),
            _ => None,
        })
        .collect()
}

fn builders(out: &mut String, items: &[syn::Item]) -> Result<()> {
    writeln!(out, "\n# Request builders")?;
    for item in items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        if block.trait_.is_some() {
            continue;
        }
        let name = tokens(&block.self_ty);
        for method in methods(block).filter(|m| m.sig.ident != "new") {
            let args: Vec<String> = method
                .sig
                .inputs
                .iter()
                .filter_map(|arg| match arg {
                    syn::FnArg::Typed(arg) => Some(tokens(&arg.ty)),
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            let bounds = method
                .sig
                .generics
                .where_clause
                .as_ref()
                .map(|w| format!(" where {}", predicates(w)))
                .unwrap_or_default();
            let ret = match &method.sig.output {
                syn::ReturnType::Type(_, ty) if tokens(ty) != "Self" => {
                    format!(" -> {}", tokens(ty))
                }
                _ => String::new(),
            };
            writeln!(
                out,
                "{name}::{}({}){ret}{bounds}",
                method.sig.ident,
                args.join(", ")
            )?;
        }
    }
    Ok(())
}

fn types(out: &mut String, items: &[syn::Item]) -> Result<()> {
    writeln!(out, "\n# Types")?;
    for item in items {
        match item {
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => {
                let fields: Vec<String> = s
                    .fields
                    .iter()
                    .map(|f| match &f.ident {
                        Some(name) => format!("{name}: {}", tokens(&f.ty)),
                        None => tokens(&f.ty),
                    })
                    .collect();
                match &s.fields {
                    syn::Fields::Named(_) => {
                        writeln!(out, "struct {} {{ {} }}", s.ident, fields.join(", "))?
                    }
                    _ => writeln!(out, "struct {}({})", s.ident, fields.join(", "))?,
                }
            }
            syn::Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => {
                let variants: Vec<String> = e
                    .variants
                    .iter()
                    .map(|v| match &v.fields {
                        syn::Fields::Unit => v.ident.to_string(),
                        fields => {
                            let types: Vec<String> = fields.iter().map(|f| tokens(&f.ty)).collect();
                            format!("{}({})", v.ident, types.join(", "))
                        }
                    })
                    .collect();
                writeln!(out, "enum {} {{ {} }}", e.ident, variants.join(", "))?;
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_builders_and_types_are_listed() {
        let generated = r#"
            pub mod types {
                pub struct Request { pub to: ::std::string::String, pub length: Option<i32> }
                pub struct Code(pub i64);
                pub enum Channel { Sms, Voice }
                pub enum Status { Int64(i64), String(::std::string::String) }
                struct Hidden;
                impl Request { pub fn builder() {} }
            }
            impl Client {
                /**Send a code

Sends a `POST` request to `/otp/send`*/
                pub fn send_otp(&self) -> builder::SendOtp<'_> { todo!() }
                pub fn new(baseurl: &str) -> Self { todo!() }
            }
            pub mod builder {
                impl<'a> SendOtp<'a> {
                    pub fn new(client: &'a super::Client) -> Self { todo!() }
                    pub fn body<V>(mut self, value: V) -> Self where V: std::convert::TryInto<types::Request> { todo!() }
                }
            }
        "#;
        let surface = surface(generated).unwrap();
        assert_eq!(
            surface,
            "# Operations\n\
             send_otp: POST /otp/send -> builder::SendOtp<'_>\n\
             \n# Types\n\
             struct Request { to: String, length: Option<i32> }\n\
             struct Code(i64)\n\
             enum Channel { Sms, Voice }\n\
             enum Status { Int64(i64), String(String) }\n\
             \n# Request builders\n\
             SendOtp<'a>::body(V) where V: TryInto<types::Request>\n"
        );
    }
}
