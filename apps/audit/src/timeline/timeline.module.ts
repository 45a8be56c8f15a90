import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller';

/** The timeline page; the JSON it reads is the audit module's. */
@Module({ controllers: [TimelineController] })
export class TimelineModule {}
