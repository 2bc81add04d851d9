package mirage.report.html;

import static mirage.report.html.Html.esc;

/**
 * The report's page around its sections: one HTML file with its style inline, the numbers as JSON in
 * {@code <script type="application/json" id="mirage-report">}, and a small script that checks the page where it is
 * opened: it collects script errors, console errors and images that fail to load from the start, then, once the
 * page has loaded, parses the JSON, and writes what it found into {@code #mirage-page-check}
 * ({@code data-errors}: their count; the text: "ok" or the errors). Nothing is fetched from the network.
 */
final class Page {
    static final String STYLE = """
            body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}
            h3{font-size:14px;margin:0 0 2px;overflow-wrap:anywhere}.note{color:#666;font-size:12px;margin:0 0 6px}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}
            th{background:#f4f4f4}td.l,th.l{text-align:left}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(390px,1fr));gap:12px}
            .card{border:1px solid #e2e2e2;border-radius:6px;padding:10px;min-width:0}
            .card svg{width:100%;max-width:520px;height:auto;font-size:10px;fill:#333}.card svg.map{max-width:320px}
            .warn{background:#fff4d6;border:1px solid #e6c35c;border-radius:6px;padding:8px 12px 8px 30px}
            .ok{background:#e8f5e9;border:1px solid #9ccc9f;border-radius:6px;padding:8px 12px}
            .samples{display:flex;flex-wrap:wrap;gap:10px}.samples figure{margin:0}
            .samples figcaption{font-size:12px;color:#555}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px}
            .sweep{overflow-x:auto}.row{display:grid;gap:10px;align-items:start}
            .muted{color:#888}#mirage-page-check{color:#888;font-size:12px;margin-top:32px}
            """;

    static final String ERROR_HOOKS = """
            window.mirageErrors=[];
            window.addEventListener('error',function(e){var t=e.target;window.mirageErrors.push(t&&t!==window&&t.tagName
            ?'cannot load '+t.tagName.toLowerCase()+' '+(t.alt||''):String(e.message))},true);
            (function(){var f=console.error;console.error=function(){window.mirageErrors.push(Array.prototype.join.call(arguments,' '));
            return f.apply(console,arguments)}})();
            """;

    static final String PAGE_CHECK = """
            window.addEventListener('load',function(){var errors=window.mirageErrors,charts=0;
            try{var d=JSON.parse(document.getElementById('mirage-report').textContent);charts=JSON.stringify(d).length}
            catch(e){errors.push('report JSON: '+e.message)}
            for(var i=0;i<document.images.length;i++){var im=document.images[i];
            if(!im.complete||im.naturalWidth===0)errors.push('image not decoded: '+im.alt)}
            var out=document.getElementById('mirage-page-check');out.setAttribute('data-errors',String(errors.length));
            out.setAttribute('data-images',String(document.images.length));
            out.textContent='Page check: '+(errors.length?errors.join('; '):'ok ('+document.images.length
            +' images decoded, '+charts+' characters of JSON parsed)')});
            """;

    private Page() {
    }

    /** The whole page: {@code title}, the body's sections, and {@code json} (already made safe for a script). */
    static String of(String title, String body, String json) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
                + "<title>" + esc(title) + "</title>\n<script>\n" + ERROR_HOOKS + "</script>\n<style>\n" + STYLE
                + "</style>\n</head>\n<body>\n" + body
                + "<p id=\"mirage-page-check\" data-errors=\"-1\">Page check: not run (scripts are off)</p>\n"
                + "<script type=\"application/json\" id=\"mirage-report\">" + json + "</script>\n<script>\n" + PAGE_CHECK
                + "</script>\n</body>\n</html>\n";
    }
}
