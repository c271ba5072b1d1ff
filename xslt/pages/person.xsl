<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: one register page per person (source document = persons.xml): names, life dates,
  description, where the facts come from, and every mention in the edition in context.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/citation.xsl"/>
  <xsl:import href="../common/authority.xsl"/>
  <xsl:import href="../common/render.xsl"/>

  <xsl:mode on-no-match="fail" use-accumulators="#all"/>
  <xsl:mode name="m:person" on-no-match="fail"/>

  <!-- The persons whose pages to write (an incremental build); empty: every person. -->
  <xsl:param name="person-ids" as="xs:string*" select="()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="//listPerson//person[@xml:id][empty($person-ids) or @xml:id = $person-ids]" mode="m:person">
      <xsl:with-param name="root" select="'../'" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- The texts each person wrote, by person id: computed once for all person pages. -->
  <!-- (Grouped: map:merge with 'combine' is quadratic in Saxon-JS; see f:mentions.) -->
  <xsl:variable name="texts-by-author" as="map(xs:string, element(c:text)*)">
    <xsl:map>
      <xsl:for-each-group select="$f:texts[@has-text = 'true']" group-by="c:author/@id">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:template match="person" mode="m:person">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <xsl:variable name="name" select="f:agent-name($id)"/>
    <xsl:variable name="mentions" select="($f:mentions($id), ())"/>
    <xsl:variable name="record" select="map {
      'id' : 'person-' || $id, 'kind' : 'person', 'title' : $name || ' (register entry)',
      'authors' : (), 'date' : '', 'path' : 'persons/' || $id || '.html',
      'header' : $persons/TEI/teiHeader }"/>
    <xsl:result-document href="{$id}.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="title" select="$name"/>
        <xsl:with-param name="page-class" select="'page-person'"/>
        <xsl:with-param name="head" as="node()*">
          <xsl:call-template name="t:citation-meta"><xsl:with-param name="record" select="$record"/></xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="content" as="node()*">
          <article class="person-entry">
            <h1>{$name}</h1>
            <dl class="person-facts">
              <xsl:if test="f:life-dates(.) ne ''">
                <dt>Life dates</dt><dd>{f:life-dates(.)}</dd>
              </xsl:if>
              <xsl:if test="persName[not(@type = 'reg')]">
                <dt>Also written</dt>
                <dd>{string-join(persName[not(@type = 'reg')] ! normalize-space(.), '; ')}</dd>
              </xsl:if>
              <xsl:if test="note">
                <dt>Description</dt>
                <dd><xsl:apply-templates select="note/node()" mode="m:body"/></dd>
              </xsl:if>
              <xsl:call-template name="t:authority-ids"><xsl:with-param name="entry" select="."/></xsl:call-template>
              <xsl:if test="@source">
                <dt>Facts from</dt>
                <dd>
                  <xsl:for-each select="tokenize(normalize-space(@source), ' ')">
                    <xsl:if test="position() gt 1">; </xsl:if>
                    <xsl:variable name="source-id" select="f:pointer-id(., $persons/*)"/>
                    <a href="../index.html#source-{$source-id}">{f:source-label(f:source($source-id))}</a>
                  </xsl:for-each>
                </dd>
              </xsl:if>
            </dl>
            <xsl:variable name="written" select="($texts-by-author($id), ())"/>
            <xsl:if test="exists($written)">
              <section class="written" aria-labelledby="written-heading">
                <h2 id="written-heading">Texts by {$name} in the edition ({count($written)})</h2>
                <ul class="text-list">
                  <xsl:for-each select="$written">
                    <xsl:sort select="$f:text-position(generate-id(.))" data-type="number"/>
                    <li><a href="../texts/{@id}.html">{@title}</a>
                      <span class="text-meta"> — {@date-label}; {@source-label}</span></li>
                  </xsl:for-each>
                </ul>
              </section>
            </xsl:if>
            <section class="mentions" aria-labelledby="mentions-heading">
              <h2 id="mentions-heading">Mentions in the edition ({count($mentions)})</h2>
              <xsl:choose>
                <xsl:when test="empty($mentions)"><p>Not mentioned in the texts of the edition.</p></xsl:when>
                <xsl:otherwise>
                  <!-- Texts by others first, then the person's own texts (where they name themselves). -->
                  <!-- By id, not by "root(.) intersect $written": that compared every mention with every
                       text the person wrote, quadratic for a prolific author who is often named. -->
                  <xsl:variable name="written-ids" select="map:merge($written ! map { generate-id(.) : true() })"/>
                  <xsl:for-each-group select="$mentions" group-by="map:contains($written-ids, generate-id(..))">
                    <xsl:sort select="current-grouping-key()"/>
                    <xsl:if test="exists($written)">
                      <h3 class="mention-group">{if (current-grouping-key()) then 'In texts by ' || $name else 'In texts by others'}</h3>
                    </xsl:if>
                    <xsl:for-each-group select="current-group()" group-by="generate-id(..)">
                      <xsl:sort select="$f:text-position(current-grouping-key())" data-type="number"/>
                      <xsl:variable name="text" select="current-group()[1]/.."/>
                      <xsl:element name="{if (exists($written)) then 'h4' else 'h3'}">
                        <a href="../texts/{$text/@id}.html">{$text/@title}</a>
                        <span class="mention-source"> — {$text/@authors-label[. ne ''] ! (. || ', ')}{$text/@date-label}; {$text/@source-label}</span>
                      </xsl:element>
                      <ol class="kwic">
                        <xsl:for-each select="current-group()">
                          <li>
                            <a href="../texts/{$text/@id}.html{@anchor ! ('#' || .)}">
                              <xsl:copy-of select="node()" copy-namespaces="no"/>
                            </a>
                          </li>
                        </xsl:for-each>
                      </ol>
                    </xsl:for-each-group>
                  </xsl:for-each-group>
                </xsl:otherwise>
              </xsl:choose>
            </section>
          </article>
          <xsl:call-template name="t:citation-block"><xsl:with-param name="record" select="$record"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
    <xsl:call-template name="t:citation-files"><xsl:with-param name="record" select="$record"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
