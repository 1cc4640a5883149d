/** What the browser shows when the web app has not been built: how to build it. */
export const UNBUILT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tietolupa: the web app is not built</title>
<style>body{font-family:'Source Sans 3',Arial,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5;color:#222}code{background:#eef;padding:0 .3em}</style>
</head>
<body>
<main>
<h1>The web app has not been built</h1>
<p>The server is running, and the interfaces and the API work, but the e-service's pages are built separately.
Run <code>npm run build</code> in the project folder and reload this page.
(<code>npm start</code> builds them itself when they are missing or out of date.)</p>
<p lang="fi">Verkkosovellusta ei ole käännetty: aja <code>npm run build</code> ja lataa sivu uudelleen.</p>
</main>
</body>
</html>
`;
