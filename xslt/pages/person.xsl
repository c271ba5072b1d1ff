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
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/citation.xsl"/>
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
            <section class="mentions" aria-labelledby="mentions-heading">
              <h2 id="mentions-heading">Mentions in the edition ({count($mentions)})</h2>
              <xsl:choose>
                <xsl:when test="empty($mentions)"><p>Not mentioned in the texts of the edition.</p></xsl:when>
                <xsl:otherwise>
                  <xsl:for-each-group select="$mentions" group-by="generate-id(root(.))">
                    <xsl:sort select="$f:text-position(current-grouping-key())" data-type="number"/>
                    <xsl:variable name="doc" select="root(current-group()[1])"/>
                    <h3><a href="../texts/{f:text-id($doc)}.html">{f:text-title($doc)}</a>
                      <span class="mention-source"> — {f:source-label(f:source((f:text-source-id($doc), '')[1]))}</span></h3>
                    <ol class="kwic">
                      <xsl:for-each select="current-group()">
                        <li>
                          <a href="../texts/{f:text-id($doc)}.html#{f:anchor-of(.)}">
                            <xsl:call-template name="t:kwic"><xsl:with-param name="mention" select="."/></xsl:call-template>
                          </a>
                        </li>
                      </xsl:for-each>
                    </ol>
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
