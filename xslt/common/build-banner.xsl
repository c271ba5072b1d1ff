<?xml version="1.0" encoding="UTF-8"?>
<!--
  The banner of a site built in spite of errors (build with the allow-errors option): every page says so and
  names the first errors; the home page lists them all. Nothing is shown when there were none.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="urn:tei-edition:template"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- How many errors a page other than the home page lists (src/site/build-site.ts hands the other
       pages no more than these, with the count: thousands of strings per page cost time). -->
  <xsl:variable name="t:banner-limit" as="xs:integer" select="10"/>

  <xsl:template name="t:build-banner">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:param name="full" as="xs:boolean" select="false()"/>
    <xsl:if test="$build-error-count gt 0">
      <xsl:variable name="shown" select="if ($full) then $build-errors else $build-errors[position() le $t:banner-limit]"/>
      <aside class="build-errors" id="build-errors" aria-label="Errors in the sources" data-pagefind-ignore="">
        <p><strong>Built in spite of {$build-error-count} error{if ($build-error-count = 1) then '' else 's'} in the TEI sources</strong>:
          where they are, this site may be incomplete or wrong.</p>
        <details>
          <summary>The error{if ($build-error-count = 1) then '' else 's'}</summary>
          <ul>
            <xsl:for-each select="$shown"><li><code>{.}</code></li></xsl:for-each>
          </ul>
          <xsl:if test="count($shown) lt $build-error-count">
            <p>… and {$build-error-count - count($shown)} more, listed on the <a href="{$root}index.html#build-errors">home page</a>.</p>
          </xsl:if>
        </details>
      </aside>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
