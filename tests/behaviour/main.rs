//! Behaviour of the API against loopback mocks: what each handle and
//! request does, the waits, rows, errors, ids and the embedded mock.

mod apinode;
mod bundles;
mod content;
mod creators;
mod datasets;
mod deployers;
mod deployments;
mod errors;
mod flow_tools;
mod folders;
mod futures;
mod instance_admin;
mod jobs;
mod llm;
mod ml;
mod mock;
mod paths;
mod recipes;
mod scenarios;
mod scripts;
mod send_as;
mod settings;
mod settings_local;
mod sql;
mod variables;
