<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the home page (source document = sources.xml): what the edition is, its sources,
  its editorial principles (gathered from the TEI headers) and the texts by source, author and date.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/render.xsl"/>

  <xsl:mode on-no-match="fail"/>
  <xsl:mode name="m:text-item" on-no-match="fail"/>

  <!-- Where the schema named by the texts' <?xml-model?> is published (src/site/publish-schemas.ts
       copies it to where the href leads from the published TEI, when the schema exists), relative to
       the site root; '' when the texts name none, a missing one or one outside the site. -->
  <xsl:variable name="schema-href" as="xs:string" select="
    let $available := distinct-values($f:texts/c:schema/@uri)[doc-available(.)],
        $naming := $f:texts[c:schema[@uri = $available][@href ne '']],
        $first := min($naming/@order ! xs:integer(.))
    return ($naming[xs:integer(@order) eq $first]/c:schema[@uri = $available][@href ne ''][1]/@href ! string(.), '')[1]"/>

  <!-- xsl:sort computes each key once; Saxon-JS's sort#3 calls the key function on every comparison,
       which made this list cost more than all the others together at a few thousand texts. -->
  <xsl:variable name="texts-by-date" as="element(c:text)*">
    <xsl:perform-sort select="$f:texts[@has-text = 'true']">
      <xsl:sort select="(@date-start[. ne ''], '9999')[1]"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:result-document href="index.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="''" tunnel="yes"/>
        <xsl:with-param name="title" select="'Home'"/>
        <xsl:with-param name="page-class" select="'page-home'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{$edition-title}</h1>
          <xsl:choose>
            <!-- Claims only a project that proves them may make (house policy). -->
            <xsl:when test="$every-word-kept">
          <p class="lead">A digital reading edition of {count($f:texts[@has-text = 'true'])} text{if (count($f:texts[@has-text = 'true']) = 1) then '' else 's'}
            from {count($sources//listBibl/biblStruct)} sources, encoded in TEI P5. Every word of the sources is kept;
            every correction is recorded and can be shown beside the source’s reading; every person is linked to the
            <a href="persons/index.html">register</a> and every dated text is placed on the
            <a href="chronology.html">chronology</a>. Version {$edition-version}, {$edition-date}.</p>
            </xsl:when>
            <xsl:otherwise>
              <p class="lead">A digital reading edition of {count($f:texts)} TEI document{if (count($f:texts) = 1) then '' else 's'}<xsl:if
                test="$sources//listBibl/biblStruct"> from {count($sources//listBibl/biblStruct)} sources</xsl:if>. Dated texts are placed on the
                <a href="chronology.html">chronology</a>; persons are listed in the <a href="persons/index.html">register</a>.
                Version {$edition-version}, {$edition-date}.</p>
            </xsl:otherwise>
          </xsl:choose>

          <section aria-labelledby="by-source">
            <h2 id="by-source">Sources and their texts</h2>
            <xsl:for-each select="$sources//listBibl/biblStruct">
              <xsl:variable name="source-id" select="string(@xml:id)"/>
              <section class="source" id="source-{$source-id}">
                <h3>{f:source-label(.)}</h3>
                <xsl:if test="note">
                  <p class="source-note"><xsl:apply-templates select="note[1]/node()" mode="m:body">
                    <xsl:with-param name="root" select="''" tunnel="yes"/>
                  </xsl:apply-templates></p>
                </xsl:if>
                <xsl:variable name="texts" select="$f:texts[@source = $source-id]"/>
                <xsl:choose>
                  <xsl:when test="empty($texts)"><p>No text of this source is encoded yet.</p></xsl:when>
                  <xsl:otherwise>
                    <ol class="text-list"><xsl:apply-templates select="$texts" mode="m:text-item"/></ol>
                  </xsl:otherwise>
                </xsl:choose>
              </section>
            </xsl:for-each>
          </section>

          <xsl:if test="$sources//listBibl/bibl[@xml:id]">
            <section aria-labelledby="other-references">
              <h2 id="other-references">Other references</h2>
              <p>Used for facts about persons that the sources do not give.</p>
              <ul>
                <xsl:for-each select="$sources//listBibl/bibl[@xml:id]">
                  <li id="source-{@xml:id}"><xsl:apply-templates mode="m:body">
                    <xsl:with-param name="root" select="''" tunnel="yes"/>
                  </xsl:apply-templates></li>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>

          <section aria-labelledby="by-author">
            <h2 id="by-author">Texts by author</h2>
            <xsl:for-each-group select="$f:texts[@has-text = 'true']" group-by="(c:author-label ! string(.), 'Anonymous')[1]">
              <xsl:sort select="current-grouping-key()"/>
              <h3>{current-grouping-key()}</h3>
              <ul class="text-list"><xsl:apply-templates select="current-group()" mode="m:text-item"/></ul>
            </xsl:for-each-group>
          </section>

          <section aria-labelledby="by-date">
            <h2 id="by-date">Texts by date</h2>
            <ol class="text-list">
              <xsl:apply-templates mode="m:text-item" select="$texts-by-date"/>
            </ol>
          </section>

          <section aria-labelledby="principles">
            <h2 id="principles">Editorial principles</h2>
            <p>The reading text is the text as its source prints it; every intervention shows whose it is.</p>
            <ul>
              <li><strong>The author’s words</strong> appear as printed, with the source’s own spelling,
                punctuation and brackets. Dates are shown as printed; their normalised (Gregorian) value is in a
                tooltip and on the <a href="chronology.html">chronology</a>.</li>
              <li><strong>The source’s editor</strong>: bracketed insertions printed in the source are set on a tinted
                ground, their editor named in the tooltip; the source’s notes are marked as the editor’s.</li>
              <li><strong>This edition</strong>: corrections of misprints and of errors of the digitisation are
                underlined with dots, and each text can show the digitised source’s reading beside them (OCR errors
                included); text we supply stands in ⟨angle brackets⟩; our notes are marked as ours. Nothing of the
                sources is left out: running heads, page numbers and web boilerplate are dropped as noise, and
                each text’s TEI header says exactly what.</li>
              <li><strong>Citation</strong>: every paragraph, heading, note and page has a stable address
                (the ¶ beside a paragraph gives its citation with its page; page numbers in the margin are links).</li>
              <li><strong>Witnesses</strong>: texts printed in two sources are compared side by side, with the
                variants of an automatic collation.</li>
            </ul>
            <p>Each text’s page explains the marks it uses (“How to read this text”). The encoders’ detailed
              statements are in the header of each text’s TEI file.</p>
          </section>

          <section aria-labelledby="data">
            <h2 id="data">Data</h2>
            <ul class="data-list">
              <li>Every text as TEI P5: the link “TEI source” on its page (<code>tei/texts/…</code>)<xsl:if
                test="$schema-href ne ''">, valid against the schema it names, published beside it:
                <a href="{$schema-href}">{replace($schema-href, '^.*/', '')}</a></xsl:if>.</li>
              <!-- The register files the exports name (tei/…): persons.xml here, the project's own elsewhere. -->
              <xsl:variable name="register-files" select="$data-files[starts-with(., 'tei/')]"/>
              <xsl:if test="exists($register-files) or $sources//listBibl">
                <li><xsl:if test="exists($register-files)">The register<xsl:if test="count($register-files) gt 1">s</xsl:if>:
                  <xsl:for-each select="$register-files">
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <a href="{.}" type="application/tei+xml">{substring-after(., 'tei/')}</a>
                  </xsl:for-each></xsl:if><xsl:if test="exists($register-files) and $sources//listBibl">; </xsl:if><xsl:if
                  test="$sources//listBibl">the sources: <a href="tei/sources.xml" type="application/tei+xml">sources.xml</a></xsl:if> (TEI).</li>
              </xsl:if>
              <li>The collations of the texts printed twice: on each comparison page (<code>tei/collation/…</code>).</li>
              <li>A citation of each text in CSL-JSON and BibTeX: the “How to cite” box of its page.</li>
            </ul>
          </section>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="c:text" mode="m:text-item">
    <li>
      <a href="texts/{@id}.html">{@title}</a>
      <span class="text-meta"> — {@authors-label[. ne ''] ! (. || ', ')}{@date-label}</span>
    </li>
  </xsl:template>

</xsl:stylesheet>
