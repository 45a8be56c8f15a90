import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@titrepro/platform-nest';
import type { Response } from 'express';
import { loadTimelineAssets, TIMELINE_CONTENT_SECURITY_POLICY, type TimelineAssetName } from './timeline-assets';

/**
 * The auditor's timeline page: static files, open without a token because they hold no data. The
 * page asks for the auditor's token and reads the JSON routes with it (role `auditor` there).
 */
@ApiExcludeController()
@Controller('timeline')
@Public()
export class TimelineController {
  private readonly assets = loadTimelineAssets();

  @Get()
  page(@Res() response: Response): void {
    this.send(response, 'timeline.html');
  }

  @Get('timeline.js')
  script(@Res() response: Response): void {
    this.send(response, 'timeline.js');
  }

  @Get('timeline.css')
  style(@Res() response: Response): void {
    this.send(response, 'timeline.css');
  }

  private send(response: Response, name: TimelineAssetName): void {
    const asset = this.assets.get(name);
    if (!asset) throw new Error(`timeline asset ${name} is not loaded`);
    response
      .status(200)
      .set({
        'Content-Type': asset.contentType,
        'Content-Security-Policy': TIMELINE_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'X-Frame-Options': 'DENY',
        'Cache-Control': 'no-cache',
      })
      .send(asset.body);
  }
}
