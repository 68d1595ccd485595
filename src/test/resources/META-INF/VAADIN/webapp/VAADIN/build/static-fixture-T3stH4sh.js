// Test fixture of StaticFilesHttpTest: a file of the compiled front end.
export const percorsiStaticFixture = "servito da Spring";
