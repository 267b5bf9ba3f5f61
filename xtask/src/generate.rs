//! `cargo xtask generate`: one typed client per vendor, generated with progenitor's library API
//! (builder interface), formatted with prettyplease so that output is byte-identical on any
//! stable toolchain, and written to `crates/<vendor>/src/generated.rs`.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

use anyhow::{Context, Result, anyhow, bail};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

use crate::spec::{self, Spec};

/// Where a vendor's generated client lives, relative to the workspace root.
pub fn target_path(vendor: &str) -> PathBuf {
    Path::new("crates")
        .join(vendor)
        .join("src")
        .join("generated.rs")
}

/// The generator settings shared by every vendor crate.
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        // error answers that are not JSON (a proxy's HTML page) are classified by status.
        .with_post_hook_async(quote::quote!(otpkit_http::check_answer))
        // Each vendor crate runs requests through `otpkit_http::execute` (its `lib.rs` says
        // `otpkit_http::client_hooks!(Client)`), which bounds how much of an answer is read.
        .with_hooks(HooksMode::Expected);
    settings
}

/// The full text of `generated.rs` for one spec.
pub fn render(spec: &Spec) -> Result<String> {
    let (tokens, deps) = generate_tokens(&spec.openapi).map_err(|message| {
        // progenitor's messages rarely say where the problem is: find the operations that fail alone.
        let culprits: Vec<String> = operation_names(spec)
            .into_iter()
            .filter(|(path, method, _)| {
                generate_tokens(&only_operation(&spec.openapi, path, method)).is_err()
            })
            .map(|(_, _, name)| name)
            .collect();
        let which = if culprits.is_empty() {
            "the spec as a whole (no single operation fails alone)".to_string()
        } else {
            format!("operation {}", culprits.join(", "))
        };
        anyhow!(
            "{}: progenitor rejected {which}: {message}",
            spec.display_path
        )
    })?;
    let mut file: syn::File = syn::parse2(tokens).with_context(|| {
        format!(
            "{}: progenitor produced code that does not parse",
            spec.display_path
        )
    })?;
    decode_through_json_answer(&mut file).with_context(|| spec.display_path.clone())?;
    drop_api_version_header(&mut file).with_context(|| spec.display_path.clone())?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// generated from {} by `cargo xtask generate`; do not edit.\n\
         // progenitor 0.15.1, builder interface; needs: {}.\n\n{body}",
        spec.display_path.replace('\\', "/"),
        deps.join(", "),
    ))
}

/// The function every generated operation decodes its answers with, instead of progenitor's
/// `ResponseValue::from_response`: it refuses a success answer that is not a JSON object,
/// which serde's derived `Deserialize` would otherwise read positionally (a struct from an
/// array of its fields) and which neither progenitor, typify nor serde can turn off.
const JSON_ANSWER: &str = "otpkit_http::json_answer";

/// Rewrites every `ResponseValue::from_response(..)` call in `file` to [`JSON_ANSWER`], with
/// the same arguments. Fails, naming the operations, if a reference to `from_response` is left
/// (a form this rewrite does not know, e.g. a bare path passed to `map`), or if nothing was
/// rewritten (progenitor changed how it decodes, and the check would silently be gone).
fn decode_through_json_answer(file: &mut syn::File) -> Result<()> {
    use syn::visit_mut::{self, VisitMut};

    #[derive(Default)]
    struct Rewrite {
        /// The impl and function being visited, e.g. `VerifyToken::send`.
        self_ty: String,
        function: String,
        rewritten: usize,
        /// Where a `from_response` was left.
        left: Vec<String>,
    }

    fn is_from_response(path: &syn::Path) -> bool {
        path.segments
            .last()
            .is_some_and(|s| s.ident == "from_response")
    }

    impl VisitMut for Rewrite {
        fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
            let outer = std::mem::take(&mut self.self_ty);
            self.self_ty = match &*item.self_ty {
                syn::Type::Path(p) => p
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            visit_mut::visit_item_impl_mut(self, item);
            self.self_ty = outer;
        }

        fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
            let outer = std::mem::replace(&mut self.function, item.sig.ident.to_string());
            visit_mut::visit_impl_item_fn_mut(self, item);
            self.function = outer;
        }

        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            if let syn::Expr::Path(func) = &mut *call.func {
                let segments: Vec<String> = func
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                if func.qself.is_none()
                    && segments.ends_with(&["ResponseValue".into(), "from_response".into()])
                    && segments.len() <= 3
                {
                    func.path = syn::parse_str(JSON_ANSWER).expect("a path");
                    self.rewritten += 1;
                }
            }
            visit_mut::visit_expr_call_mut(self, call);
        }

        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            if is_from_response(path) {
                self.left
                    .push(format!("{}::{}", self.self_ty, self.function));
            }
            visit_mut::visit_path_mut(self, path);
        }
    }

    let mut rewrite = Rewrite::default();
    rewrite.visit_file_mut(file);
    if !rewrite.left.is_empty() {
        rewrite.left.dedup();
        bail!(
            "`ResponseValue::from_response` is still called in {} after rewriting its calls to \
             `{JSON_ANSWER}`: that operation would accept a success answer that is not a JSON object",
            rewrite.left.join(", ")
        );
    }
    if rewrite.rewritten == 0 {
        bail!(
            "no `ResponseValue::from_response` call to rewrite to `{JSON_ANSWER}`: progenitor \
             now decodes answers some other way, so success answers that are not JSON objects \
             would no longer be refused"
        );
    }
    Ok(())
}

/// The header progenitor adds to every request, with the spec's `info.version`: no vendor
/// reads it, and it tells a vendor which generator the caller uses.
const API_VERSION: &str = "api-version";

/// Removes progenitor's `header_map.append(HeaderName::from_static("api-version"), ..)` from
/// every operation, so that the header is never built (rather than built and stripped on every
/// request). A header map left with nothing to append is no longer `mut`. Fails if the header
/// is still named anywhere, or if nothing was removed (progenitor changed how it adds the
/// header, and this rewrite would silently be gone).
fn drop_api_version_header(file: &mut syn::File) -> Result<()> {
    use quote::ToTokens;
    use syn::visit_mut::{self, VisitMut};

    /// Whether `stmt` appends the `api-version` header.
    fn appends_api_version(stmt: &syn::Stmt) -> bool {
        let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = stmt else {
            return false;
        };
        call.method == "append"
            && call.args.first().is_some_and(|name| {
                name.to_token_stream()
                    .to_string()
                    .contains(&format!("{API_VERSION:?}"))
            })
    }

    /// Whether `stmt` adds anything to `header_map`.
    fn fills_header_map(stmt: &syn::Stmt) -> bool {
        let text = stmt.to_token_stream().to_string();
        text.contains("header_map . append") || text.contains("header_map . insert")
    }

    #[derive(Default)]
    struct Drop {
        removed: usize,
    }

    impl VisitMut for Drop {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|stmt| !appends_api_version(stmt));
            let removed = before - block.stmts.len();
            if removed > 0 {
                self.removed += removed;
                let filled = block.stmts.iter().any(fills_header_map);
                for stmt in &mut block.stmts {
                    if let syn::Stmt::Local(local) = stmt
                        && let syn::Pat::Ident(binding) = &mut local.pat
                        && binding.ident == "header_map"
                    {
                        if !filled {
                            binding.mutability = None;
                        }
                        // `HeaderMap::with_capacity(n)`: room for the headers still added,
                        // so that a map left empty allocates nothing.
                        if let Some(init) = &mut local.init
                            && let syn::Expr::Call(call) = &mut *init.expr
                            && let Some(syn::Expr::Lit(syn::ExprLit {
                                lit: syn::Lit::Int(n),
                                ..
                            })) = call.args.first_mut()
                            && let Ok(capacity) = n.base10_parse::<usize>()
                        {
                            let left = capacity.saturating_sub(removed);
                            *n = syn::LitInt::new(&format!("{left}usize"), n.span());
                        }
                    }
                }
            }
            visit_mut::visit_block_mut(self, block);
        }
    }

    let mut drop = Drop::default();
    drop.visit_file_mut(file);
    if drop.removed == 0 {
        bail!(
            "no `{API_VERSION}` header to drop: progenitor now adds it some other way, so every \
             request would carry it again"
        );
    }
    let left = file.to_token_stream().to_string();
    if left.contains(&format!("{API_VERSION:?}")) {
        bail!("the `{API_VERSION}` header is still added after dropping its appends");
    }
    Ok(())
}

thread_local! {
    /// Set while this thread runs progenitor, whose panics are caught and reported as errors.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching its panics without printing them. The process-wide panic hook is wrapped
/// once, to stay silent only on a thread inside `quietly`: swapping the hook around each call
/// would race when several threads generate at once (one could restore another's silent hook
/// for good), and would silence other threads' panics meanwhile.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static WRAP_HOOK: Once = Once::new();
    WRAP_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|quiet| quiet.set(true));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|quiet| quiet.set(false));
    outcome
}

/// Runs progenitor, turning both its errors and its panics (`todo!`, `assert!` on unsupported
/// shapes) into an error message. Also returns the optional crates the code uses.
fn generate_tokens(
    openapi: &openapiv3::OpenAPI,
) -> std::result::Result<(proc_macro2::TokenStream, Vec<&'static str>), String> {
    let outcome = quietly(|| {
        let mut generator = Generator::new(&settings());
        let tokens = generator
            .generate_tokens(openapi)
            .map_err(|e| e.to_string())?;
        let types = generator.get_type_space();
        let mut deps = vec![
            "progenitor-client",
            "reqwest",
            "serde",
            "serde_json",
            "schemars",
            // the request and answer hooks in `settings`
            "otpkit-http",
        ];
        if types.uses_regress() {
            deps.push("regress");
        }
        if types.uses_chrono() {
            deps.push("chrono");
        }
        if types.uses_uuid() {
            deps.push("uuid");
        }
        if generator.uses_futures() {
            deps.push("futures");
        }
        Ok((tokens, deps))
    });
    match outcome {
        Ok(result) => result,
        Err(payload) => Err(payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "progenitor panicked".to_string())),
    }
}

fn operation_names(spec: &Spec) -> Vec<(String, &'static str, String)> {
    spec.operations()
        .iter()
        .map(|op| (op.path.to_string(), op.method, op.name()))
        .collect()
}

/// A copy of `openapi` whose only operation is `method path`.
fn only_operation(openapi: &openapiv3::OpenAPI, path: &str, method: &str) -> openapiv3::OpenAPI {
    let mut copy = openapi.clone();
    copy.paths.paths.retain(|p, _| p == path);
    for item in copy.paths.paths.values_mut() {
        if let openapiv3::ReferenceOr::Item(item) = item {
            let keep = |m: &str| m == method;
            if !keep("get") {
                item.get = None;
            }
            if !keep("put") {
                item.put = None;
            }
            if !keep("post") {
                item.post = None;
            }
            if !keep("delete") {
                item.delete = None;
            }
            if !keep("options") {
                item.options = None;
            }
            if !keep("head") {
                item.head = None;
            }
            if !keep("patch") {
                item.patch = None;
            }
            if !keep("trace") {
                item.trace = None;
            }
        }
    }
    copy
}

/// Checks that the vendor crate's `Cargo.toml` depends on every crate the generated code uses.
fn check_dependencies(root: &Path, vendor: &str, rendered: &str) -> Result<()> {
    let manifest_path = Path::new("crates").join(vendor).join("Cargo.toml");
    let manifest = std::fs::read_to_string(root.join(&manifest_path))
        .with_context(|| format!("cannot read {}", manifest_path.display()))?;
    let needs = rendered
        .lines()
        .find_map(|l| l.split("needs: ").nth(1))
        .unwrap_or_default()
        .trim_end_matches('.');
    let missing: Vec<&str> = needs
        .split(", ")
        .filter(|dep| !dep.is_empty())
        .filter(|dep| {
            !manifest.lines().any(|line| {
                line.strip_prefix(dep)
                    .is_some_and(|rest| rest.starts_with([' ', '=', '.']))
            })
        })
        .collect();
    if !missing.is_empty() {
        bail!(
            "{}: the generated code needs {} but the crate does not depend on it",
            manifest_path.display(),
            missing.join(", ")
        );
    }
    Ok(())
}

/// Whether to write generated files or only compare them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Write,
    Check,
}

/// What a run did, for the caller to report.
#[derive(Debug, Default)]
pub struct Report {
    /// Files whose content changed (written in `Write` mode, stale in `Check` mode).
    pub changed: Vec<PathBuf>,
    /// Files that were already up to date.
    pub unchanged: Vec<PathBuf>,
}

/// Generates `vendors` under `root`. In `Check` mode nothing is written, and an error names
/// every stale file.
pub fn run(root: &Path, vendors: &[&'static str], mode: Mode) -> Result<Report> {
    let mut report = Report::default();
    let mut outputs = Vec::new();
    for &vendor in vendors {
        let spec = spec::load(root, vendor)?;
        let rendered = render(&spec)?;
        check_dependencies(root, vendor, &rendered)?;
        outputs.push((target_path(vendor), rendered));
    }
    // What lists vendors is derived from every spec's declaration, whichever were asked for.
    outputs.extend(crate::derived::render_all(root, crate::vendors()?)?);
    for (rel, rendered) in outputs {
        let path = root.join(&rel);
        let current = std::fs::read_to_string(&path)
            .ok()
            .map(|s| s.replace("\r\n", "\n"));
        if current.as_deref() == Some(rendered.as_str()) {
            report.unchanged.push(rel);
            continue;
        }
        if mode == Mode::Write {
            std::fs::write(&path, &rendered)
                .with_context(|| format!("cannot write {}", rel.display()))?;
        }
        report.changed.push(rel);
    }
    if mode == Mode::Check && !report.changed.is_empty() {
        let files: Vec<String> = report
            .changed
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        bail!(
            "stale generated code: {}\nrun `cargo xtask generate` and commit the result",
            files.join(", ")
        );
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(code: &str) -> Result<String> {
        let mut file: syn::File = syn::parse_str(code).unwrap();
        decode_through_json_answer(&mut file)?;
        Ok(prettyplease::unparse(&file))
    }

    #[test]
    fn every_from_response_call_decodes_through_json_answer() {
        let code = rewritten(
            "impl<'a> VerifyToken<'a> {
                 pub async fn send(self) -> Result<ResponseValue<A>, Error<B>> {
                     match status {
                         200u16 => ResponseValue::from_response(response).await,
                         400u16 => Err(Error::ErrorResponse(
                             progenitor_client::ResponseValue::from_response(response).await?,
                         )),
                         _ => Err(Error::UnexpectedResponse(response)),
                     }
                 }
             }",
        )
        .unwrap();
        assert!(!code.contains("from_response"), "{code}");
        assert_eq!(
            code.matches("otpkit_http::json_answer(response)").count(),
            2
        );
    }

    #[test]
    fn a_from_response_left_over_names_its_operation() {
        let error = rewritten(
            "impl<'a> VerifyToken<'a> {
                 pub async fn send(self) -> R {
                     let a = ResponseValue::from_response(response).await;
                     fut.and_then(ResponseValue::from_response).await
                 }
             }",
        )
        .unwrap_err();
        assert!(error.to_string().contains("VerifyToken::send"), "{error}");
    }

    #[test]
    fn nothing_to_rewrite_is_an_error() {
        let error =
            rewritten("impl Client { pub async fn send(self) -> R { decode(response).await } }")
                .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("no `ResponseValue::from_response`"),
            "{error}"
        );
    }
}
