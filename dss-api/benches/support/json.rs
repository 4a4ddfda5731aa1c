//! The projects list the benchmarks decode: `n` projects shaped like DSS's
//! `GET /projects/` answer, three members named by the models and the rest
//! (nested objects, arrays, numbers) for the models to keep.

/// `n` projects as one JSON array.
pub fn projects_json(n: usize) -> Vec<u8> {
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"projectKey":"PROJECT_{i}","name":"Project number {i}","ownerLogin":"user{u}","shortDesc":"A project used for benchmarks, number {i}","tags":["bench","t{t}"],"versionTag":{{"versionNumber":{i},"lastModifiedBy":{{"login":"admin"}},"lastModifiedOn":1700000000000}},"projectStatus":"Draft","permissions":[{{"group":"data_team","readProjectContent":true}}]}}"#,
                u = i % 17,
                t = i % 5
            )
        })
        .collect();
    format!("[{}]", items.join(",")).into_bytes()
}
